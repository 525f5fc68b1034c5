from ask_sdk_core.skill_builder import SkillBuilder
import logging
logger = logging.getLogger(); logger.setLevel(logging.INFO)
sb = SkillBuilder()
# handlers omitted
lambda_handler = sb.lambda_handler()
