# pytest: replays Alexa events against the handler; junit output kept in reports/
