def lambda_handler(event, context):
    pass
