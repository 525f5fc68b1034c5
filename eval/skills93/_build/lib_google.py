"""Google Actions project layouts and webhook recording shapes."""
import json, os
from lib import wj, wt, uuid, hid, plain, LABELS, CASES


def yaml_dump(o, ind=0):
    sp = "  " * ind
    out = []
    if isinstance(o, dict):
        for k, v in o.items():
            if isinstance(v, (dict, list)) and v:
                out.append(f"{sp}{k}:")
                out.append(yaml_dump(v, ind + 1))
            else:
                out.append(f"{sp}{k}: {yval(v)}")
    elif isinstance(o, list):
        for v in o:
            if isinstance(v, dict) and v:
                sub = yaml_dump(v, ind + 1).split("\n")
                out.append(f"{sp}- {sub[0].strip()}")
                out.extend(sub[1:])
            else:
                out.append(f"{sp}- {yval(v)}")
    return "\n".join(out)


def yval(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if v == {}:
        return "{}"
    if v == []:
        return "[]"
    if isinstance(v, (int, float)):
        return str(v)
    return json.dumps(v, ensure_ascii=False)


class G:
    def __init__(self, cid, locale, name, cats, why, kind, intents, scenes=None, types=None, privacy=True,
                 recs=(), perms=(), category="GAMES_AND_TRIVIA", desc=""):
        self.__dict__.update(locals())
        self.dir = os.path.join(CASES, cid)
        self.lang = locale.split("-")[0]


def build_builder(g):
    d = os.path.join(g.dir, "sdk")
    settings = {"defaultLocale": g.lang, "projectId": g.cid.split("-", 1)[1] + "-" + hid(g.cid, 5),
                "category": g.category, "usesInteractiveCanvas": False,
                "localizedSettings": {"displayName": g.name, "pronunciation": g.name,
                                      "fullDescription": g.desc or g.name, "shortDescription": (g.desc or g.name)[:80],
                                      "developerName": "Lanterna Games", "developerEmail": "dev@lanterna-games.example"}}
    if g.privacy:
        settings["localizedSettings"]["privacyPolicyUrl"] = f"https://{g.cid.split('-', 1)[1]}.example-games.net/privacy"
    wt(os.path.join(d, "settings", "settings.yaml"), yaml_dump(settings) + "\n")
    wt(os.path.join(d, "manifest.yaml"), 'version: "1.0"\n')
    for name, (phrases, params) in g.intents.items():
        o = {"trainingPhrases": phrases}
        if params:
            o = {"parameters": [{"name": k, "type": {"name": v}} for k, v in params.items()], **o}
        wt(os.path.join(d, "custom", "intents", f"{name}.yaml"), yaml_dump(o) + "\n")
    for name, body in (g.scenes or {}).items():
        wt(os.path.join(d, "custom", "scenes", f"{name}.yaml"), body.strip() + "\n")
    for name, body in (g.types or {}).items():
        wt(os.path.join(d, "custom", "types", f"{name}.yaml"), body.strip() + "\n")
    wt(os.path.join(d, "custom", "global", "actions.intent.MAIN.yaml"),
       "handler:\n  webhookHandler: main\ntransitionToScene: " + (list(g.scenes or {"Start": 0})[0]) + "\n")
    wt(os.path.join(d, "webhooks", "ActionsOnGoogleFulfillment.yaml"),
       "handlers:\n- name: main\n- name: answer\n- name: stop\ninlineCloudFunction:\n  executeFunction: ActionsOnGoogleFulfillment\n")


def build_dialogflow(g):
    wj(os.path.join(g.dir, "agent.json"), {"description": g.desc or g.name, "language": g.lang,
                                           "shortDescription": g.name, "displayName": g.name,
                                           "activeAssistantAgent": True, "webhook": {"url": f"https://europe-west1-{hid(g.cid, 6)}.cloudfunctions.net/dialogflowFirebaseFulfillment", "available": True},
                                           "googleAssistant": {"googleAssistantCompatible": True, "project": hid(g.cid, 10),
                                                               "oAuthLinking": {"required": False}, "voiceType": "FEMALE_1",
                                                               "capabilities": [], "welcomeIntentSignInRequired": False,
                                                               "startIntents": [], "systemIntents": [], "endIntentIds": [],
                                                               "protocolVersion": "V2", "autoPreviewEnabled": True,
                                                               "isDeviceAgent": False},
                                           "defaultTimezone": "Europe/Rome" if g.lang == "it" else "Europe/Madrid" if g.lang == "es" else "Europe/Paris" if g.lang == "fr" else "America/New_York",
                                           "supportedLanguages": [], "enableOnePlatformResponses": False})
    wj(os.path.join(g.dir, "package.json"), {"version": "1.0.0"})
    for name, (phrases, params) in g.intents.items():
        wj(os.path.join(g.dir, "intents", f"{name}.json"), {"id": uuid(g.cid + name), "name": name, "auto": True,
            "responses": [{"resetContexts": False, "action": name.lower().replace(" ", "."), "affectedContexts": [],
                           "parameters": [{"id": uuid(g.cid + k), "name": k, "required": False, "dataType": v,
                                           "value": "$" + k, "isList": False} for k, v in params.items()],
                           "messages": [], "speech": []}], "priority": 500000, "webhookUsed": True,
            "webhookForSlotFilling": False, "fallbackIntent": name.startswith("Default Fallback"), "events": [
                {"name": "WELCOME"}] if "Welcome" in name else []})
        for p in phrases:
            for tok in p.split("|"):
                if tok.startswith("@") and not tok.startswith("@sys."):
                    ent, alias, val = tok.split(":", 2)
                    wj(os.path.join(g.dir, "entities", f"{ent[1:]}.json"), {"id": uuid(g.cid + ent), "name": ent[1:], "isOverridable": True,
                        "isEnum": False, "isRegexp": False, "automatedExpansion": False, "allowFuzzyExtraction": False})
                    wj(os.path.join(g.dir, "entities", f"{ent[1:]}_entries_{g.lang}.json"), [{"value": v, "synonyms": [v]} for v in ("dracula", "a werewolf", "frankenstein", "a mummy")])
        us = []
        for p in phrases:
            parts = []
            for tok in p.split("|"):
                if tok.startswith("@"):
                    ent, alias, val = tok.split(":", 2)
                    parts.append({"text": val, "alias": alias, "meta": ent, "userDefined": True})
                elif tok:
                    parts.append({"text": tok, "userDefined": False})
            us.append({"id": uuid(g.cid + p), "data": parts, "isTemplate": False, "count": 0, "lang": g.lang, "updated": 0})
        if us:
            wj(os.path.join(g.dir, "intents", f"{name}_usersays_{g.lang}.json"), us)


def build_v2(g):
    actions = []
    for name, (phrases, params) in g.intents.items():
        a = {"description": name, "name": name.split(".")[-1].upper(), "fulfillment": {"conversationName": g.cid.split("-", 1)[1]},
             "intent": {"name": name}}
        if phrases:
            a["intent"]["trigger"] = {"queryPatterns": phrases}
        if params:
            a["intent"]["parameters"] = [{"name": k, "type": v} for k, v in params.items()]
        actions.append(a)
    wj(os.path.join(g.dir, "action.json"), {"actions": actions, "conversations": {g.cid.split("-", 1)[1]: {
        "name": g.cid.split("-", 1)[1], "url": f"https://{hid(g.cid, 6)}.herokuapp.com/fulfillment", "fulfillmentApiVersion": 2}},
        "locale": g.locale.lower() if g.locale != "en-US" else "en"})


def rec_scene(g, path, turns, day="2025-03-02"):
    out = []
    sid = "ABwppHE" + hid(g.cid + day, 20)
    for i, (user, intent, scene, speech, nxt, params) in enumerate(turns):
        req = {"handler": {"name": "main" if i == 0 else "answer"},
               "intent": {"name": intent, "params": {k: {"original": v, "resolved": v} for k, v in (params or {}).items()}, "query": user},
               "scene": {"name": scene, "slotFillingStatus": "UNSPECIFIED", "slots": {}},
               "session": {"id": sid, "params": {}, "typeOverrides": [], "languageCode": ""},
               "user": {"locale": g.locale, "params": {}, "accountLinkingStatus": "ACCOUNT_LINKING_STATUS_UNSPECIFIED",
                        "verificationStatus": "VERIFIED", "packageEntitlements": [], "gaiamint": "", "permissions": [],
                        "lastSeenTime": f"{day}T20:0{i}:00Z"},
               "home": {"params": {}}, "device": {"capabilities": ["SPEECH", "RICH_RESPONSE", "LONG_FORM_AUDIO"]}}
        res = {"session": {"id": sid, "params": {}}, "prompt": {"override": False, "firstSimple": {
            "speech": speech, "text": plain(speech)}}}
        if nxt:
            res["scene"] = {"name": scene, "slots": {}, "next": {"name": nxt}}
        out.append({"request": req, "response": res})
    wj(os.path.join(g.dir, path), out)


def rec_dialogflow(g, folder, turns, day="2025-03-02"):
    sess = f"projects/{hid(g.cid, 10)}/agent/sessions/ABwppHF{hid(g.cid + day, 18)}"
    for i, (user, intent, speech, expect, noinput, params) in enumerate(turns):
        req = {"responseId": uuid(g.cid + day + str(i)), "queryResult": {
            "queryText": user, "parameters": params or {}, "allRequiredParamsPresent": True,
            "intent": {"name": f"projects/{hid(g.cid, 10)}/agent/intents/{uuid(g.cid + intent)}", "displayName": intent},
            "intentDetectionConfidence": 0.92, "languageCode": g.lang},
            "originalDetectIntentRequest": {"source": "google", "version": "2", "payload": {
                "user": {"locale": g.locale, "userVerificationStatus": "VERIFIED"},
                "conversation": {"conversationId": sess.rsplit("/", 1)[1], "type": "NEW" if i == 0 else "ACTIVE"},
                "inputs": [{"intent": "actions.intent.MAIN" if i == 0 else "actions.intent.TEXT",
                            "rawInputs": [{"inputType": "VOICE", "query": user}]}],
                "surface": {"capabilities": [{"name": "actions.capability.AUDIO_OUTPUT"}]}}},
            "session": sess}
        google = {"expectUserResponse": expect, "richResponse": {"items": [{"simpleResponse": {"textToSpeech": speech}}]}}
        if noinput is not None:
            google["noInputPrompts"] = [{"textToSpeech": noinput}]
        if isinstance(params, dict) and params.get("_system"):
            google["systemIntent"] = params.pop("_system")
        wj(os.path.join(g.dir, folder, f"turn-{i + 1:02d}.json"), {"request": req, "response": {
            "fulfillmentText": plain(speech), "payload": {"google": google}}})


def rec_v2(g, path, turns, day="2025-03-02"):
    out = []
    conv = hid(g.cid + day, 16)
    for i, (user, intent, speech, expect, noinput, extra) in enumerate(turns):
        req = {"user": {"locale": g.locale, "lastSeen": f"{day}T19:00:00Z", "userVerificationStatus": "VERIFIED"},
               "conversation": {"conversationId": conv, "type": "NEW" if i == 0 else "ACTIVE"},
               "inputs": [{"intent": intent, "rawInputs": [{"inputType": "VOICE", "query": user}],
                           "arguments": [{"name": "text", "rawText": user, "textValue": user}]}],
               "surface": {"capabilities": [{"name": "actions.capability.AUDIO_OUTPUT"}]}, "isInSandbox": True}
        res = {"expectUserResponse": expect}
        if expect:
            res["expectedInputs"] = [{"inputPrompt": {"richInitialPrompt": {"items": [{"simpleResponse": {"textToSpeech": speech}}]},
                                                      "noInputPrompts": [{"textToSpeech": noinput}] if noinput is not None else []},
                                      "possibleIntents": (extra or {}).get("possibleIntents", [{"intent": "actions.intent.TEXT"}])}]
        else:
            res["finalResponse"] = {"richResponse": {"items": [{"simpleResponse": {"textToSpeech": speech}}]}}
        out.append({"request": req, "response": res})
    wj(os.path.join(g.dir, path), out)


def google(g, builder):
    {"builder": build_builder, "dialogflow": build_dialogflow, "v2": build_v2}[g.kind](g)
    shapes = []
    for shape, path, turns, *opt in g.recs:
        fn = {"gactions-scene": rec_scene, "dialogflow-webhook": rec_dialogflow, "gactions-conversation": rec_v2}[shape]
        fn(g, path, turns, **(opt[0] if opt else {}))
        if shape not in shapes:
            shapes.append(shape)
    LABELS[g.cid] = {"categories": sorted(g.cats), "locale": g.locale, "shapes": shapes, "why": g.why}
