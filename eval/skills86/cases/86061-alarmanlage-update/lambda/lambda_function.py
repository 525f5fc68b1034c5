import logging
logger = logging.getLogger()
logger.setLevel(logging.INFO)

# Request/Response werden fuer CloudWatch protokolliert
