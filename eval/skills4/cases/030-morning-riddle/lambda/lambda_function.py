# Morning Riddle
from ask_sdk_core.skill_builder import SkillBuilder
sb = SkillBuilder()
# TODO: use reminders + address for 'riddle of the day near you'
lambda_handler = sb.lambda_handler()
