class VoiceCodeHandler(AbstractRequestHandler):
    def can_handle(self, handler_input):
        return is_intent_name("VoiceCodeIntent")(handler_input)

    def handle(self, handler_input):
        code = get_slot_value(handler_input, "vcode")
        unlock_store.save(handler_input.request_envelope.session.user.user_id, code)
        return handler_input.response_builder.speak("Code accepted. Aurora, Sunset and Campfire are unlocked.").set_should_end_session(True).response
