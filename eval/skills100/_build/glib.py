"""Google Actions projects and recordings."""
import json
from lib import W, uid, hid, ts, sessions, strip, ALEXA_SHAPES


def yaml_list(xs, ind="  "):
    return "".join(f"{ind}- {json.dumps(x, ensure_ascii=False)}\n" for x in xs)


def g_project(c):
    cid, loc, kind = c["id"], c["loc"], c["kind"]
    lang = loc.split("-")[0]
    if kind == "builder":
        s = [f"defaultLocale: {lang}", f"projectId: {c['slug']}-{hid(cid)[:5]}", "category: EDUCATION_AND_REFERENCE",
             f"localizedSettings:", f"  displayName: {json.dumps(c['name'], ensure_ascii=False)}",
             f"  pronunciation: {json.dumps(c['inv'], ensure_ascii=False)}", f"  shortDescription: {json.dumps(c['desc'][:80], ensure_ascii=False)}",
             f"  fullDescription: {json.dumps(c['desc'], ensure_ascii=False)}", "  developerName: " + json.dumps(c.get("dev", c["name"] + " Team"), ensure_ascii=False),
             "  developerEmail: support@" + c["slug"] + ".example.com"]
        if c.get("pp", True):
            s.append(f"  privacyPolicyUrl: https://{c['slug']}.example.com/privacy")
        s.append("usesTransactionsApi: false")
        s.append("designedForFamily: " + ("true" if c.get("kids") else "false"))
        W(cid, "sdk/settings/settings.yaml", "\n".join(s) + "\n")
        W(cid, "sdk/manifest.yaml", "version: \"1.0\"\n")
        W(cid, "sdk/actions/actions.yaml", "actions:\n  actions.intent.MAIN:\n    handler:\n      webhookHandler: main\n")
        W(cid, "sdk/webhooks/ActionsOnGoogleFulfillment.yaml", "handlers:\n- name: main\n" + "".join(f"- name: {it[0].lower()}\n" for it in c["model"]) +
          "inlineCloudFunction:\n  executeFunction: ActionsOnGoogleFulfillment\n")
        for it in c["model"]:
            name, samples = it[0], it[1]
            params = it[2] if len(it) > 2 else {}
            y = ""
            if params:
                y += "parameters:\n" + "".join(f"- name: {k}\n  type:\n    name: {v}\n" for k, v in params.items())
            y += "trainingPhrases:\n" + yaml_list(samples, "")
            W(cid, f"sdk/custom/intents/{name}.yaml", y)
            W(cid, f"sdk/custom/scenes/{name}Scene.yaml", f"onEnter:\n  webhookHandler: {name.lower()}\nintentEvents:\n- intent: {name}\n  handler:\n    webhookHandler: {name.lower()}\n")
        for tn, vals in c.get("types", {}).items():
            if vals:
                W(cid, f"sdk/custom/types/{tn}.yaml", "synonym:\n  entities:\n" + "".join(f"    {v}:\n      synonyms:\n      - {json.dumps(v, ensure_ascii=False)}\n" for v in vals) +
                  "  matchType: EXACT_MATCH\n")
            else:
                W(cid, f"sdk/custom/types/{tn}.yaml", "freeText: {}\n")
    elif kind == "sdk2":
        acts = [{"description": "Default Welcome Intent", "name": "MAIN", "fulfillment": {"conversationName": c["slug"]},
                 "intent": {"name": "actions.intent.MAIN", "trigger": {"queryPatterns": ["talk to " + c["inv"]]}}}]
        for it in c["model"]:
            params = it[2] if len(it) > 2 else {}
            acts.append({"description": it[0], "name": it[0], "fulfillment": {"conversationName": c["slug"]},
                         "intent": {"name": it[0], "parameters": [{"name": k, "type": v} for k, v in params.items()],
                                    "trigger": {"queryPatterns": it[1]}}})
        W(cid, "action.json", {"actions": acts, "conversations": {c["slug"]: {"name": c["slug"], "url": "https://us-central1-" + c["slug"] + ".cloudfunctions.net/fulfillment"}},
                               "locale": loc if lang != "en" else "en"})
    else:  # dialogflow
        W(cid, "agent.json", {"description": c["desc"], "language": lang, "shortDescription": c["name"], "disableInteractionLogs": False,
                              "googleAssistant": {"googleAssistantCompatible": True, "project": c["slug"], "welcomeIntentSignInRequired": False,
                                                  "startIntents": [], "systemIntents": [], "endIntentIds": [],
                                                  "oAuthLinking": {"required": False}, "voiceType": "MALE_1", "capabilities": [],
                                                  "protocolVersion": "V2", "isDeviceAgent": False},
                              "defaultTimezone": "Europe/Madrid" if lang == "es" else "America/New_York", "webhook": {"url": "https://" + c["slug"] + ".example.run.app/df", "available": True},
                              "isPrivate": True, "enableOnePlatformResponses": True})
        W(cid, "package.json", {"version": "1.0.0"})
        for it in c["model"]:
            params = it[2] if len(it) > 2 else {}
            iid = uid(cid, it[0])
            W(cid, f"intents/{it[0]}.json", {"id": iid, "name": it[0], "auto": True, "contexts": [],
                                               "responses": [{"resetContexts": False, "affectedContexts": [], "parameters": [
                                                   {"id": uid(cid, it[0], k), "required": False, "dataType": v, "name": k, "value": "$" + k, "isList": False} for k, v in params.items()],
                                                   "messages": [], "defaultResponsePlatforms": {}, "speech": []}],
                                               "priority": 500000, "webhookUsed": True, "webhookForSlotFilling": False, "fallbackIntent": False, "events": []})
            us = []
            for s in it[1]:
                data, rest = [], s
                import re
                parts = re.split(r"(\{[^}]+\})", s)
                for p in parts:
                    if not p:
                        continue
                    if p.startswith("{"):
                        k = p[1:-1]
                        data.append({"text": k.replace("_", " "), "alias": k, "meta": params.get(k, "@sys.any"), "userDefined": True})
                    else:
                        data.append({"text": p, "userDefined": False})
                us.append({"id": uid(cid, it[0], s), "data": data, "isTemplate": False, "count": 0, "lang": lang, "updated": 0})
            W(cid, f"intents/{it[0]}_usersays_{lang}.json", us)


def g_conv(c, path, turns, tag):
    """Actions SDK v2 conversation webhook request/response pairs (jsonl)"""
    out = []
    for i, t, sid, new in sessions(c["id"], turns, tag):
        if t.intent == "SessionEnded":
            continue
        conv = {"conversationId": str(1741900000000 + int(hid(sid)[:8], 16) % 10 ** 9), "type": "NEW" if new else "ACTIVE"}
        intent = "actions.intent.MAIN" if t.intent == "Launch" else ("actions.intent.PERMISSION" if t.intent == "PERMISSION" else t.intent)
        args = [{"name": k, "rawText": v, "textValue": v} for k, v in t.slots.items()]
        rq = {"user": {"locale": c["loc"], "lastSeen": "2025-03-10T08:12:00Z", "userVerificationStatus": "VERIFIED"},
              "conversation": conv, "inputs": [{"intent": intent, "rawInputs": [{"inputType": "VOICE", "query": t.said}], "arguments": args}],
              "surface": {"capabilities": [{"name": "actions.capability.AUDIO_OUTPUT"}, {"name": "actions.capability.MEDIA_RESPONSE_AUDIO"}]},
              "isInSandbox": True, "requestType": "SIMULATOR"}
        if t.end:
            rs = {"expectUserResponse": False, "finalResponse": {"richResponse": {"items": [{"simpleResponse": {"textToSpeech": t.speech}}]}}}
        else:
            ei = {"inputPrompt": {"richInitialPrompt": {"items": [{"simpleResponse": {"textToSpeech": t.speech}}]},
                                  "noInputPrompts": [{"textToSpeech": t.reprompt}] if t.reprompt is not None else []},
                  "possibleIntents": [{"intent": "actions.intent.TEXT"}]}
            if t.perms:
                ei["possibleIntents"] = [{"intent": "actions.intent.PERMISSION", "inputValueData": {
                    "@type": "type.googleapis.com/google.actions.v2.PermissionValueSpec", "optContext": t.perms[0], "permissions": t.perms[1]}}]
            rs = {"expectUserResponse": True, "expectedInputs": [ei]}
        out.append({"request": rq, "response": rs})
    W(c["id"], path, "".join(json.dumps(o, ensure_ascii=False) + "\n" for o in out))


def g_df(c, path, turns, tag):
    lang = c["loc"].split("-")[0]
    out = []
    for i, t, sid, new in sessions(c["id"], turns, tag):
        if t.intent == "SessionEnded":
            continue
        sess = f"projects/{c['slug']}/agent/sessions/{uid(sid)}"
        rq = {"responseId": uid(c["id"], tag, "df", i), "session": sess,
              "queryResult": {"queryText": t.said, "parameters": dict(t.slots), "allRequiredParamsPresent": True,
                              "intent": {"name": f"projects/{c['slug']}/agent/intents/{uid(c['id'], t.intent)}",
                                         "displayName": "Default Welcome Intent" if t.intent == "Launch" else t.intent},
                              "intentDetectionConfidence": 0.92, "languageCode": lang},
              "originalDetectIntentRequest": {"source": "google", "version": "2", "payload": {
                  "user": {"locale": c["loc"]}, "conversation": {"conversationId": uid(sid), "type": "NEW" if new else "ACTIVE"},
                  "inputs": [{"intent": "actions.intent.MAIN" if t.intent == "Launch" else "actions.intent.TEXT", "rawInputs": [{"inputType": "VOICE", "query": t.said}]}]}}}
        g = {"expectUserResponse": not t.end, "richResponse": {"items": [{"simpleResponse": {"textToSpeech": t.speech}}]}}
        if t.reprompt is not None:
            g["noInputPrompts"] = [{"textToSpeech": t.reprompt}]
        if t.perms:
            g["systemIntent"] = {"intent": "actions.intent.PERMISSION", "data": {"@type": "type.googleapis.com/google.actions.v2.PermissionValueSpec",
                                                                                 "optContext": t.perms[0], "permissions": t.perms[1]}}
        out.append({"webhookRequest": rq, "webhookResponse": {"fulfillmentText": strip(t.speech), "payload": {"google": g}}})
    W(c["id"], path, out)


def g_scene(c, path, turns, tag):
    out = []
    lang = c["loc"]
    for i, t, sid, new in sessions(c["id"], turns, tag):
        if t.intent == "SessionEnded":
            continue
        gsid = "ABwppHF" + hid(sid)[:40]
        scene = "Main" if t.intent == "Launch" else t.intent + "Scene"
        rq = {"handler": {"name": "main" if t.intent == "Launch" else t.intent.lower()},
              "intent": {"name": "actions.intent.MAIN" if t.intent == "Launch" else t.intent,
                         "params": {k: {"original": v, "resolved": v} for k, v in t.slots.items()}, "query": t.said},
              "scene": {"name": scene, "slotFillingStatus": "UNSPECIFIED", "slots": {}},
              "session": {"id": gsid, "params": {}, "typeOverrides": [], "languageCode": lang},
              "user": {"locale": lang, "params": {}, "accountLinkingStatus": "ACCOUNT_LINKING_STATUS_UNSPECIFIED",
                       "verificationStatus": "VERIFIED", "packageEntitlements": [], "gaiamint": "", "permissions": [], "lastSeenTime": "2025-03-12T18:03:11Z"},
              "home": {"params": {}}, "device": {"capabilities": ["SPEECH", "RICH_RESPONSE", "LONG_FORM_AUDIO"]}}
        rs = {"session": {"id": gsid, "params": {}, "languageCode": ""},
              "prompt": {"override": False, "firstSimple": {"speech": t.speech, "text": strip(t.speech)}}}
        if t.end:
            rs["scene"] = {"name": scene, "slots": {}, "next": {"name": "actions.scene.END_CONVERSATION"}}
        else:
            rs["scene"] = {"name": scene, "slots": {}, "next": {"name": scene}}
            if t.reprompt is not None:
                rs["prompt"]["lastSimple"] = {"speech": t.reprompt, "text": strip(t.reprompt)}
        out.append({"request": rq, "response": rs})
    for k, o in enumerate(out):
        W(c["id"], path.format(n=k + 1), o)


G_SHAPES = {"gactions-conversation": g_conv, "dialogflow-webhook": g_df, "gactions-scene": g_scene}
