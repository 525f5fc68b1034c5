from ask_sdk_core.skill_builder import SkillBuilder
sb = SkillBuilder()
# timers API only; email/lists scopes kept from template
lambda_handler = sb.lambda_handler()
