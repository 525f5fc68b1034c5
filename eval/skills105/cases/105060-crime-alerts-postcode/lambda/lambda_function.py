import ask_sdk_core.utils as ask_utils
from ask_sdk_core.skill_builder import SkillBuilder
from ask_sdk_core.dispatch_components import AbstractRequestHandler

class AlertsHandler(AbstractRequestHandler):
    def can_handle(self, h):
        return ask_utils.is_intent_name("AlertsIntent")(h)

    def handle(self, h):
        addr = h.service_client_factory.get_device_address_service().get_country_and_postal_code(
            h.request_envelope.context.system.device.device_id)
        stats = police_api_summary(addr.postal_code)
        return h.response_builder.speak(stats).set_should_end_session(True).response

def police_api_summary(pc):
    return "In your postcode area last month there were two reported burglaries and one vehicle crime."

sb = SkillBuilder()
sb.add_request_handler(AlertsHandler())
lambda_handler = sb.lambda_handler()
