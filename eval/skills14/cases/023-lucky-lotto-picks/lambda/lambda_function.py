import logging
logger = logging.getLogger()
logger.setLevel(logging.INFO)
NOT_AVAILABLE = 'Sorry, the requested skill is not available right now. Please try again later.'
