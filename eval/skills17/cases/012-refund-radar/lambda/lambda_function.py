import json, logging
logger = logging.getLogger()
logger.setLevel(logging.INFO)

def lambda_handler(event, context):
    logger.info('REQUEST %s', json.dumps(event))
    resp = route(event)
    logger.info('RESPONSE %s', json.dumps(resp))
    return resp
