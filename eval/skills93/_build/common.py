from lib import T, alexa, PERM


def ty(name, *values):
    return {"name": name, "values": [{"id": v.upper().replace(" ", "_")[:30], "name": {"value": v}} for v in values]}


L = "launch"
STOP, CANCEL, HELP, YES, NO, FALLBACK = ("AMAZON.StopIntent", "AMAZON.CancelIntent", "AMAZON.HelpIntent",
                                         "AMAZON.YesIntent", "AMAZON.NoIntent", "AMAZON.FallbackIntent")


def A(slot, val, intent="AnswerIntent"):
    return (intent, {slot: val})


def quiz_en(extra=None, slot_type="AMAZON.SearchQuery"):
    d = {"AnswerIntent": (["my answer is {answer}", "is it {answer}", "i think it's {answer}", "the answer is {answer}"],
                          {"answer": slot_type}),
         "NewGameIntent": ["new game", "start a quiz", "play again", "another round", "let's play"],
         "AMAZON.YesIntent": [], "AMAZON.NoIntent": [], "AMAZON.RepeatIntent": []}
    d.update(extra or {})
    return d
