# ask-sdk-core python
from ask_sdk_core.skill_builder import SkillBuilder
sb = SkillBuilder()
# handlers omitted
handler = sb.lambda_handler()
