"""Renderer for the Google Actions cases (Actions Builder, Dialogflow export, Actions SDK v2)."""
import json, os, re
from render import OUT, wj, wt, fake_uuid

LANG = lambda loc: loc.split("-")[0]


def yaml_list(items, ind=2):
    return "".join(" " * ind + "- " + json.dumps(i, ensure_ascii=False) + "\n" for i in items)


def render_builder(c):
    d = os.path.join(OUT, "cases", c["id"])
    loc = c["locale"]
    wt(os.path.join(d, "sdk/settings/settings.yaml"),
       "projectId: %s\ndefaultLocale: %s\nlocalizedSettings:\n  displayName: %s\n  pronunciation: %s\n  fullDescription: %s\n  developerName: %s\n  privacyPolicyUrl: %s\ncategory: %s\n"
       % (c["id"][4:], LANG(loc), json.dumps(c["name"], ensure_ascii=False), json.dumps(c["inv"], ensure_ascii=False),
          json.dumps(c["desc"], ensure_ascii=False), json.dumps(c.get("dev", "Studio Vox"), ensure_ascii=False), json.dumps(c.get("policy") or "", ensure_ascii=False), c.get("category", "GAMES_AND_TRIVIA")))
    for name, (phrases, params) in c["intents"].items():
        y = ""
        if params:
            y += "parameters:\n" + "".join("- name: %s\n  type:\n    name: %s\n" % (p, t) for p, t in params)
        y += "trainingPhrases:\n" + yaml_list(phrases, 0)
        wt(os.path.join(d, "sdk/custom/intents", name + ".yaml"), y)
    for name, yml in c["scenes"].items():
        wt(os.path.join(d, "sdk/custom/scenes", name + ".yaml"), yml)
    wt(os.path.join(d, "sdk/custom/global/actions.intent.MAIN.yaml"), "handler:\n  webhookHandler: main\ntransitionToScene: %s\n" % c.get("start", "Main"))
    wt(os.path.join(d, "sdk/webhooks/ActionsOnGoogleFulfillment.yaml"), "handlers:\n- name: main\n- name: answer\ninlineCloudFunction:\n  executeFunction: ActionsOnGoogleFulfillment\n")
    for path, turns in c["recs"]:
        out = []
        sess = fake_uuid(c["id"], path)
        for i, (utt, intent, params, scene, sp, nxt) in enumerate(turns):
            req = {"handler": {"name": "answer" if i else "main"},
                   "intent": {"name": intent, "params": {k: {"original": v, "resolved": v} for k, v in (params or {}).items()}, "query": utt},
                   "scene": {"name": scene, "slotFillingStatus": "UNSPECIFIED", "slots": {}},
                   "session": {"id": sess, "params": {}, "typeOverrides": [], "languageCode": LANG(loc)},
                   "user": {"locale": loc, "params": {}, "accountLinkingStatus": "ACCOUNT_LINKING_STATUS_UNSPECIFIED", "verificationStatus": "VERIFIED"},
                   "home": {"params": {}}, "device": {"capabilities": ["SPEECH", "RICH_RESPONSE"]}}
            resp = {"session": {"id": sess, "params": {}}, "prompt": {"override": False, "firstSimple": {"speech": sp, "text": re.sub("<[^>]+>", "", sp)}},
                    "scene": {"name": scene, "slots": {}, "next": {"name": nxt}}}
            out.append({"request": req, "response": resp})
        wj(os.path.join(d, path), out)
    return ["gactions-scene"]


def render_dialogflow(c):
    d = os.path.join(OUT, "cases", c["id"])
    lang = LANG(c["locale"])
    wj(os.path.join(d, "agent.json"), {"description": c["desc"], "language": lang, "shortDescription": c["name"], "examples": "",
                                       "linkToDocs": c.get("policy", ""), "displayName": c["name"], "disableInteractionLogs": False,
                                       "googleAssistant": {"googleAssistantCompatible": True, "project": c["id"][4:], "welcomeIntentSignInRequired": False,
                                                           "startIntents": [], "systemIntents": [], "endIntentIds": [], "oAuthLinking": {}, "voiceType": "FEMALE_1",
                                                           "capabilities": [], "env": "", "protocolVersion": "V2", "autoPreviewEnabled": True, "isDeviceAgent": False},
                                       "defaultTimezone": "Europe/Paris", "webhook": {"url": "https://europe-west1-%s.cloudfunctions.net/dialogflowFirebaseFulfillment" % c["id"][4:],
                                                                                     "available": True, "useForDomains": False, "cloudFunctionsEnabled": False, "cloudFunctionsInitialized": False},
                                       "isPrivate": True, "mlMinConfidence": 0.3, "supportedLanguages": [], "enableOnePlatformResponses": True})
    wj(os.path.join(d, "package.json"), {"version": "1.0.0"})
    for name, samples in c["intents"].items():
        params = sorted({m for s in samples for m in re.findall(r"\{@[\w.-]+:(\w+)\}", s)})
        wj(os.path.join(d, "intents", name + ".json"), {"id": fake_uuid(c["id"], name), "name": name, "auto": True, "contexts": [],
             "responses": [{"resetContexts": False, "action": "", "affectedContexts": [],
                            "parameters": [{"id": fake_uuid(c["id"], name, p), "name": p, "required": False,
                                            "dataType": re.search(r"\{(@[\w.-]+):%s\}" % p, " ".join(samples)).group(1), "value": "$" + p, "isList": False} for p in params],
                            "messages": [], "speech": []}],
             "priority": 500000, "webhookUsed": True, "webhookForSlotFilling": False, "fallbackIntent": name == "Default Fallback Intent", "events": [{"name": "WELCOME"}] if name == "Default Welcome Intent" else []})
        us = []
        for s in samples:
            parts = []
            for tok in re.split(r"(\{@[\w.-]+:\w+\})", s):
                if not tok:
                    continue
                m = re.match(r"\{(@[\w.-]+):(\w+)\}", tok)
                parts.append({"text": m.group(2), "alias": m.group(2), "meta": m.group(1), "userDefined": True} if m else {"text": tok, "userDefined": False})
            us.append({"id": fake_uuid(c["id"], s), "data": parts, "isTemplate": False, "count": 0, "lang": lang, "updated": 0})
        if us:
            wj(os.path.join(d, "intents", "%s_usersays_%s.json" % (name, lang)), us)
    for path, turns in c["recs"]:
        out = []
        sess = "projects/%s/agent/sessions/%s" % (c["id"][4:], fake_uuid(c["id"], path))
        for i, (utt, intent, params, sp, expect, noinput) in enumerate(turns):
            req = {"responseId": fake_uuid(c["id"], path, i), "session": sess,
                   "queryResult": {"queryText": utt, "parameters": params or {}, "allRequiredParamsPresent": True,
                                   "intent": {"name": "projects/%s/agent/intents/%s" % (c["id"][4:], fake_uuid(c["id"], intent)), "displayName": intent},
                                   "intentDetectionConfidence": 0.9, "languageCode": lang},
                   "originalDetectIntentRequest": {"source": "google", "version": "2", "payload": {"user": {"locale": c["locale"]}, "conversation": {"conversationId": sess[-12:], "type": "ACTIVE"},
                                                                                             "inputs": [{"rawInputs": [{"inputType": "VOICE", "query": utt}], "intent": "actions.intent.TEXT"}]}}}
            g = {"expectUserResponse": expect, "richResponse": {"items": [{"simpleResponse": {"textToSpeech": sp}}]}}
            if noinput:
                g["noInputPrompts"] = [{"ssml": n} for n in noinput]
            out.append({"request": req, "response": {"fulfillmentText": re.sub("<[^>]+>", "", sp), "payload": {"google": g}}})
        wj(os.path.join(d, path), out)
    return ["dialogflow-webhook"]


def render_v2(c):
    d = os.path.join(OUT, "cases", c["id"])
    acts = [{"description": n, "name": n, "fulfillment": {"conversationName": c["id"][4:]},
             "intent": {"name": n, "trigger": {"queryPatterns": q}}} for n, q in c["intents"].items()]
    wj(os.path.join(d, "action.json"), {"actions": acts, "conversations": {c["id"][4:]: {"name": c["id"][4:], "url": "https://%s.example-apps.net/fulfillment" % c["id"][4:]}},
                                       "locale": c["locale"], "manifest": {"displayName": c["name"], "invocationName": c["inv"], "shortDescription": c["desc"],
                                                                           "privacyUrl": c.get("policy", "")}})
    shapes = []
    for path, turns in c["recs"]:
        out = []
        conv = fake_uuid(c["id"], path)[:18]
        for i, (utt, intent, args, sp, expect, noinput, extra) in enumerate(turns):
            req = {"user": {"locale": c["locale"], "userVerificationStatus": "VERIFIED", "lastSeen": "2026-11-01T10:00:00Z"},
                   "conversation": {"conversationId": conv, "type": "NEW" if i == 0 else "ACTIVE"},
                   "inputs": [{"intent": intent, "rawInputs": [{"inputType": "VOICE", "query": utt}], "arguments": args or []}],
                   "surface": {"capabilities": [{"name": "actions.capability.AUDIO_OUTPUT"}]}, "isInSandbox": True}
            if expect:
                resp = {"expectUserResponse": True, "expectedInputs": [{"inputPrompt": {"richInitialPrompt": {"items": [{"simpleResponse": {"textToSpeech": sp}}]},
                                                                                       "noInputPrompts": [{"textToSpeech": n} if not n.startswith("<speak>") else {"ssml": n} for n in (noinput or [])]},
                                                                       "possibleIntents": extra or [{"intent": "actions.intent.TEXT"}]}]}
            else:
                resp = {"expectUserResponse": False, "finalResponse": {"richResponse": {"items": [{"simpleResponse": {"textToSpeech": sp}}]}}}
            out.append({"request": req, "response": resp})
        wj(os.path.join(d, path), out)
    return ["gactions-conversation"]
