"""Google Actions projects and recordings."""
import json, datetime
from lib import write, uid, h, js


def yml_list(items, ind="  "):
    return "".join(f"{ind}- {json.dumps(x, ensure_ascii=False)}\n" for x in items)


def builder_project(c):
    """c: id, display, locale, intents {name: {phrases:[], params:{name:type}}}, types {name: [values]|'freeText'},
    privacy, scenes {name: yaml text}, perms (list) via scene text."""
    lang = c["locale"].split("-")[0] if c["locale"] != "en-US" else "en"
    s = (f"defaultLocale: {lang}\nlocalizedSettings:\n  displayName: {json.dumps(c['display'], ensure_ascii=False)}\n"
         f"  pronunciation: {json.dumps(c.get('pron', c['display']), ensure_ascii=False)}\n"
         f"  shortDescription: {json.dumps(c.get('summary',''), ensure_ascii=False)}\n"
         f"  fullDescription: {json.dumps(c.get('description', c.get('summary','')), ensure_ascii=False)}\n"
         f"  developerName: {json.dumps(c.get('dev','Lumen Labs'))}\n  developerEmail: support@{c['id'].split('-',1)[1]}.example\n")
    if c.get("privacy"):
        s += f"  privacyPolicyUrl: {c['privacy']}\n"
    s += f"projectId: {c['id'].split('-',1)[1]}-{h(c['id'],5)}\ncategory: {c.get('gcat','FINANCE')}\nusesTransactionsApi: false\n"
    write(c["id"], "sdk/settings/settings.yaml", s)
    write(c["id"], "sdk/actions/actions.yaml", "actions:\n  actions.intent.MAIN:\n    handler:\n      webhookHandler: main\n    intent:\n      name: actions.intent.MAIN\n")
    write(c["id"], "sdk/webhooks/ActionsOnGoogleFulfillment.yaml", "handlers:\n" + "".join(f"- name: {n}\n" for n in c.get("handlers", ["main"])) + "httpsEndpoint:\n  baseUrl: https://fulfil.example/" + c["id"].split("-",1)[1] + "\n")
    for n, it in c["intents"].items():
        t = ""
        if it.get("params"):
            t += "parameters:\n" + "".join(f"- name: {p}\n  type:\n    name: {ty}\n" for p, ty in it["params"].items())
        t += "trainingPhrases:\n" + yml_list(it["phrases"], "")
        write(c["id"], f"sdk/custom/intents/{n}.yaml", t)
    for n, ty in c.get("types", {}).items():
        if ty == "freeText":
            write(c["id"], f"sdk/custom/types/{n}.yaml", "freeText: {}\n")
        else:
            write(c["id"], f"sdk/custom/types/{n}.yaml", "synonym:\n  entities:\n" + "".join(
                f"    {v}:\n      synonyms:\n      - {json.dumps(v, ensure_ascii=False)}\n" for v in ty) + "  matchType: EXACT_MATCH\n")
    for n, txt in c.get("scenes", {}).items():
        write(c["id"], f"sdk/custom/scenes/{n}.yaml", txt)


def dialogflow_project(c):
    lang = c["locale"].split("-")[0] if c["locale"] not in ("en-US", "pt-BR") else c["locale"].lower() if c["locale"] == "pt-BR" else "en"
    write(c["id"], "agent.json", {"description": c.get("summary", ""), "language": lang, "shortDescription": "", "examples": "",
                                  "linkToDocs": "", "displayName": c["display"], "disableInteractionLogs": False,
                                  "googleAssistant": {"googleAssistantCompatible": True, "project": c["id"].split("-",1)[1], "welcomeIntentSignInRequired": False,
                                                      "startIntents": [], "systemIntents": [], "endIntentIds": [], "oAuthLinking": {"required": False},
                                                      "voiceType": "MALE_1", "capabilities": [], "env": "", "protocolVersion": "V2", "isDeviceAgent": False},
                                  "defaultTimezone": "America/Sao_Paulo" if c["locale"] == "pt-BR" else "America/New_York",
                                  "webhook": {"url": f"https://us-central1-{c['id'].split('-',1)[1]}.cloudfunctions.net/dialogflowFirebaseFulfillment", "available": True},
                                  "isPrivate": True, "mlMinConfidence": 0.3, "supportedLanguages": [], "enableOnePlatformApiVersion": True,
                                  **({"privacyPolicyUrl": c["privacy"]} if c.get("privacy") else {})})
    write(c["id"], "package.json", {"version": "1.0.0", "name": "dialogflowAgent"})
    for n, it in c["intents"].items():
        iid = uid(c["id"] + n)
        params = [{"id": uid(c["id"] + n + p), "name": p, "required": False, "dataType": ty, "value": "$" + p, "isList": False}
                  for p, ty in it.get("params", {}).items()]
        write(c["id"], f"intents/{n}.json", {"id": iid, "name": n, "auto": True, "contexts": [], "responses": [{
            "resetContexts": False, "affectedContexts": [], "parameters": params,
            "messages": [{"type": "0", "lang": lang, "condition": "", "speech": it.get("reply", [])}],
            "endInteraction": it.get("endInteraction", False)}], "priority": 500000, "webhookUsed": True,
            "fallbackIntent": it.get("fallback", False), "events": [{"name": e} for e in it.get("events", [])]})
        us = []
        for ph in it.get("phrases", []):
            data = []
            for seg in ph:
                if isinstance(seg, str):
                    data.append({"text": seg, "userDefined": False})
                else:
                    data.append({"text": seg[0], "alias": seg[1], "meta": seg[2], "userDefined": True})
            us.append({"id": uid(c["id"] + n + js(ph)), "data": data, "isTemplate": False, "count": 0, "updated": 0})
        if us:
            write(c["id"], f"intents/{n}_usersays_{lang}.json", us)
    for n, vals in c.get("entities", {}).items():
        write(c["id"], f"entities/{n}.json", {"id": uid(n), "name": n, "isOverridable": True, "isEnum": False, "isRegexp": False, "automatedExpansion": False, "allowFuzzyExtraction": False})
        write(c["id"], f"entities/{n}_entries_{lang}.json", [{"value": v, "synonyms": [v]} for v in vals])


def sdk2_project(c):
    write(c["id"], "action.json", {"locale": c["locale"], "actions": [
        {"description": a.get("desc", n), "name": n, "fulfillment": {"conversationName": c["id"].split("-",1)[1]},
         "intent": {"name": n, **({"parameters": [{"name": p, "type": ty} for p, ty in a["params"].items()]} if a.get("params") else {}),
                    **({"trigger": {"queryPatterns": a["patterns"]}} if a.get("patterns") else {})}}
        for n, a in c["intents"].items()],
        "conversations": {c["id"].split("-",1)[1]: {"name": c["id"].split("-",1)[1], "url": f"https://fulfil.example/{c['id'].split('-',1)[1]}", "fulfillmentApiVersion": 2}},
        **({"types": c["types2"]} if c.get("types2") else {})})
    manifest = {"displayName": c["display"], "invocationName": c.get("inv", c["display"]), "shortDescription": c.get("summary", ""),
                "category": "FINANCE"}
    if c.get("privacy"):
        manifest["privacyUrl"] = c["privacy"]
    write(c["id"], "settings/manifest.json", manifest)


# ---- recordings
def _t(i, base="2025-04-02T18:20:00"):
    return (datetime.datetime.fromisoformat(base) + datetime.timedelta(seconds=23 * i)).strftime("%Y-%m-%dT%H:%M:%SZ")


def rec_scene(c, turns, f="test/webhook-log.jsonl", tag=""):
    lines = []
    sid = "ABwppHF" + h(c["id"] + tag, 24)
    for i, t in enumerate(turns):
        req = {"handler": {"name": t.get("handler", "main")},
               "intent": {"name": t.get("intent", "actions.intent.MAIN"), "params": {k: {"original": v, "resolved": v} for k, v in t.get("params", {}).items()}, "query": t.get("say", "")},
               "scene": {"name": t.get("scene", "actions.scene.START_CONVERSATION"), "slotFillingStatus": "UNSPECIFIED", "slots": {}},
               "session": {"id": sid, "params": t.get("sparams", {}), "typeOverrides": [], "languageCode": c["locale"]},
               "user": {"locale": c["locale"], "params": {}, "accountLinkingStatus": "ACCOUNT_LINKING_STATUS_UNSPECIFIED", "verificationStatus": "VERIFIED", "packageEntitlements": [], "lastSeenTime": _t(i)},
               "home": {"params": {}}, "device": {"capabilities": ["SPEECH", "RICH_RESPONSE", "LONG_FORM_AUDIO"]}}
        resp = {"session": {"id": sid, "params": t.get("sparams", {})}, "prompt": {"override": False, "firstSimple": {"speech": t["out"], "text": t.get("text", __import__("re").sub(r"<[^>]+>", "", t["out"]))}}}
        if t.get("next"):
            resp["scene"] = {"name": req["scene"]["name"], "slots": {}, "next": {"name": t["next"]}}
        if t.get("expect") is False and not t.get("next"):
            resp["scene"] = {"name": req["scene"]["name"], "slots": {}, "next": {"name": "actions.scene.END_CONVERSATION"}}
        lines.append(js({"timestamp": _t(i), "request": req, "response": resp}))
    write(c["id"], f, "\n".join(lines) + "\n")


def rec_dialogflow(c, turns, f="logs/fulfillment.json", tag=""):
    arr = []
    sess = f"projects/{c['id'].split('-',1)[1]}/agent/sessions/ABwppHG{h(c['id']+tag, 20)}"
    for i, t in enumerate(turns):
        req = {"responseId": uid(c["id"] + tag + str(i)) + "-a14fa99c", "session": sess,
               "queryResult": {"queryText": t.get("say", "GOOGLE_ASSISTANT_WELCOME"), "parameters": t.get("params", {}), "allRequiredParamsPresent": True,
                               "fulfillmentMessages": [{"text": {"text": [""]}}], "outputContexts": [],
                               "intent": {"name": f"projects/{c['id'].split('-',1)[1]}/agent/intents/{uid(c['id'] + t.get('intent','Default Welcome Intent'))}", "displayName": t.get("intent", "Default Welcome Intent")},
                               "intentDetectionConfidence": 1, "languageCode": c["locale"].lower() if c["locale"] == "pt-BR" else c["locale"].split("-")[0]},
               "originalDetectIntentRequest": {"source": "google", "version": "2", "payload": {
                   "user": {"locale": c["locale"], "userVerificationStatus": "VERIFIED", "lastSeen": _t(i)},
                   "conversation": {"conversationId": sess.rsplit("/", 1)[1], "type": "NEW" if i == 0 else "ACTIVE"},
                   "inputs": [{"intent": "actions.intent.MAIN" if i == 0 else "actions.intent.TEXT", "rawInputs": [{"inputType": "VOICE", "query": t.get("say", "")}]}],
                   "surface": {"capabilities": [{"name": "actions.capability.AUDIO_OUTPUT"}, {"name": "actions.capability.MEDIA_RESPONSE_AUDIO"}]},
                   "isInSandbox": True, "requestType": "SIMULATOR"}}}
        g = {"expectUserResponse": t.get("expect", True), "richResponse": {"items": [{"simpleResponse": {"textToSpeech": t["out"]}}]}}
        if t.get("perm"):
            g["systemIntent"] = {"intent": "actions.intent.PERMISSION", "data": {"@type": "type.googleapis.com/google.actions.v2.PermissionValueSpec", "optContext": t["perm"][0], "permissions": t["perm"][1]}}
        if t.get("noinput"):
            g["noInputPrompts"] = [{"textToSpeech": x} for x in t["noinput"]]
        arr.append({"request": req, "response": {"fulfillmentText": __import__("re").sub(r"<[^>]+>", "", t["out"]), "payload": {"google": g}}})
    write(c["id"], f, arr)


def rec_conv(c, turns, f="captures/conversation.json", tag=""):
    arr = []
    cid = h(c["id"] + tag, 16)
    for i, t in enumerate(turns):
        req = {"user": {"userId": "ABwppHE" + h(c["id"], 20), "locale": c["locale"], "lastSeen": _t(i), "userVerificationStatus": "VERIFIED"},
               "conversation": {"conversationId": cid, "type": "NEW" if i == 0 else "ACTIVE", **({"conversationToken": "[]"} if i else {})},
               "inputs": [{"intent": t.get("intent", "actions.intent.MAIN"), "rawInputs": [{"inputType": "VOICE", "query": t.get("say", "")}],
                           **({"arguments": [{"name": k, "textValue": v, "rawText": v} for k, v in t.get("params", {}).items()]} if t.get("params") else {})}],
               "surface": {"capabilities": [{"name": "actions.capability.AUDIO_OUTPUT"}]}, "isInSandbox": True,
               "availableSurfaces": []}
        resp = {"expectUserResponse": t.get("expect", True)}
        if t.get("expect", True):
            resp["expectedInputs"] = [{"inputPrompt": {"richInitialPrompt": {"items": [{"simpleResponse": {"textToSpeech": t["out"]}}]},
                                                       "noInputPrompts": [{"textToSpeech": x} for x in t.get("noinput", [])]},
                                       "possibleIntents": [{"intent": "actions.intent.PERMISSION", "inputValueData": {"@type": "type.googleapis.com/google.actions.v2.PermissionValueSpec", "optContext": t["perm"][0], "permissions": t["perm"][1]}}] if t.get("perm") else [{"intent": "actions.intent.TEXT"}]}]
        else:
            resp["finalResponse"] = {"richResponse": {"items": [{"simpleResponse": {"textToSpeech": t["out"]}}]}}
        arr.append({"request": req, "response": resp})
    write(c["id"], f, arr)


def rec_csv_g(c, turns, f="exports/conversations.csv", tag=""):
    import csv, io, re
    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow(["timestamp", "conversation_id", "speaker", "intent", "text", "mic_open"])
    for i, t in enumerate(turns):
        w.writerow([_t(i), h(c["id"] + tag, 10), "user", t.get("intent", "actions.intent.MAIN"), t.get("say", ""), ""])
        w.writerow([_t(i), h(c["id"] + tag, 10), "assistant", "", re.sub(r"<[^>]+>", "", t["out"]), str(t.get("expect", True)).lower()])
    write(c["id"], f, buf.getvalue())


G_SHAPES = {"gactions-scene": rec_scene, "dialogflow-webhook": rec_dialogflow, "gactions-conversation": rec_conv, "csv-export": rec_csv_g}
