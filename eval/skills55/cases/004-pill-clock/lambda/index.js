// handlers omitted: DobIntent stores slot into DynamoDB table pillclock-profile
