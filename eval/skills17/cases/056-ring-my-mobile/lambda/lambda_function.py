from ask_sdk_core.skill_builder import SkillBuilder
# reads the mobile number via the customer profile API only to place the ring call
