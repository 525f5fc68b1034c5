"""Google Actions project + recording builders for set 81."""
import json, re
def ex_for(name, phrase):
    if "address" in phrase or "live at" in phrase:
        return "14 elm street springfield"
    return ex_vals.get(name, "something")


ex_vals = {"answer": "june third 1982", "description": "taxi forty dollars", "words": "ribbon orbit harvest"}
from lib import write, uid, hexid, label, sh_gcloud_logging


def yaml_list(items, ind=2):
    return "".join(" " * ind + "- " + json.dumps(i, ensure_ascii=False) + "\n" for i in items)


def builder_project(cid, display, pron, loc, intents, scenes, policy=None, types=(), category="FINANCE", perms_scene=None):
    lang = loc.split("-")[0]
    s = (f"projectId: {cid[6:]}-prod\ndefaultLocale: {lang}\nenabledRegions: []\ndisabledRegions: []\n"
         f"localizedSettings:\n  displayName: {json.dumps(display, ensure_ascii=False)}\n  pronunciation: {json.dumps(pron, ensure_ascii=False)}\n"
         f"  fullDescription: {json.dumps(display + ' for your household finances.', ensure_ascii=False)}\n"
         f"  smallLogoImage: $resources.images.square\n  developerName: Ledgerline Labs\n  developerEmail: dev@ledgerline.example\n")
    if policy:
        s += f"  privacyPolicyUrl: {policy}\n"
    s += f"category: {category}\nusesTransactionsApi: false\nusesDigitalPurchaseApi: false\nusesInteractiveCanvas: false\ndesignedForFamily: false\ncontainsAlcoholOrTobaccoContent: false\nkeepsMicOpen: false\n"
    write(cid, "sdk/settings/settings.yaml", s)
    write(cid, "sdk/manifest.yaml", "version: \"1.0\"\n")
    write(cid, "sdk/actions/actions.yaml", "actions:\n  actions.intent.MAIN:\n    handler:\n      webhookHandler: main\n")
    write(cid, "sdk/webhooks/ActionsOnGoogleFulfillment.yaml", "httpsEndpoint:\n  baseUrl: https://europe-west1-" + cid[6:] + ".cloudfunctions.net/fulfillment\n")
    for nm, phrases, params in intents:
        ex = {k: "something" for k in params}
        phrases = [re.sub(r"\$(\w+)", lambda m, p=p: f"(${m.group(1)} '{ex_for(m.group(1), p)}' auto=false)", p) for p in phrases]
        t = "trainingPhrases:\n" + yaml_list(phrases)
        if params:
            t = "parameters:\n" + "".join(f"- name: {k}\n  type:\n    name: {v}\n" for k, v in params.items()) + t
        write(cid, f"sdk/custom/intents/{nm}.yaml" if lang == "en" else f"sdk/custom/intents/{lang}/{nm}.yaml", t)
    for nm, body in scenes.items():
        write(cid, f"sdk/custom/scenes/{nm}.yaml", body.strip() + "\n")
    for nm, body in types:
        write(cid, f"sdk/custom/types/{nm}.yaml", body.strip() + "\n")


def actions_v2_project(cid, display, inv, loc, actions, policy=None):
    write(cid, "action.json", {
        "manifest": {"displayName": display, "invocationName": inv, "category": "FINANCE", "companyName": "Ledgerline Labs", "contactEmail": "dev@ledgerline.example", **({"privacyUrl": policy} if policy else {})},
        "locale": loc,
        "actions": [{"description": d, "name": n, "fulfillment": {"conversationName": cid[6:]},
                     "intent": {"name": n, "trigger": {"queryPatterns": q}, **({"parameters": p} if p else {})}}
                    for n, d, q, p in actions],
        "conversations": {cid[6:]: {"name": cid[6:], "url": f"https://{cid[6:]}.example.app/fulfillment", "fulfillmentApiVersion": 2}}})


def dialogflow_project(cid, display, loc, intents, entities=()):
    lang = loc.split("-")[0]
    write(cid, "agent.json", {"description": display, "language": lang, "shortDescription": "", "examples": "",
                              "linkToDocs": "", "displayName": display, "disableInteractionLogs": False,
                              "disableStackdriverLogs": True, "googleAssistant": {"googleAssistantCompatible": True, "project": cid[6:],
                              "welcomeIntentSignInRequired": False, "startExpressions": [], "endExpressions": [], "oAuthLinking": {}},
                              "defaultTimezone": "Europe/Madrid", "webhook": {"url": f"https://{cid[6:]}.example.app/df", "available": True},
                              "isPrivate": True, "mlMinConfidence": 0.3, "supportedLanguages": [], "enableOnePlatformResponses": True})
    write(cid, "package.json", {"version": "1.0.0"})
    for nm, texts, params, speech, end in intents:
        write(cid, f"intents/{nm}.json", {"id": uid(cid, nm), "name": nm, "auto": True, "contexts": [],
              "responses": [{"resetContexts": False, "action": nm.lower().replace(" ", "."), "affectedContexts": [],
                             "parameters": [{"id": uid(cid, nm, k), "name": k, "required": False, "dataType": v, "value": "$" + k, "isList": False} for k, v in params.items()],
                             "messages": [{"type": "0", "title": "", "textToSpeech": "", "lang": lang, "condition": "", "speech": speech}] if speech else [],
                             "endInteraction": end, "defaultResponsePlatforms": {}, "speech": []}],
              "priority": 500000, "webhookUsed": True, "webhookForSlotFilling": False, "fallbackIntent": nm == "Default Fallback Intent", "events": [{"name": "WELCOME"}] if "Welcome" in nm else []})
        if texts:
            us = []
            for t in texts:
                data = []
                for part in t:
                    if isinstance(part, str):
                        data.append({"text": part, "userDefined": False})
                    else:
                        data.append({"text": part[0], "alias": part[1], "meta": part[2], "userDefined": True})
                us.append({"id": uid(cid, nm, str(t)), "data": data, "isTemplate": False, "count": 0, "lang": lang, "updated": 0})
            write(cid, f"intents/{nm}_usersays_{lang}.json", us)
    for nm, vals in entities:
        write(cid, f"entities/{nm}.json", {"id": uid(cid, nm), "name": nm, "isOverridable": True, "isEnum": False, "isRegexp": False, "automatedExpansion": False, "allowFuzzyExtraction": False})
        write(cid, f"entities/{nm}_entries_{lang}.json", [{"value": v, "synonyms": [v]} for v in vals])


# ---- recordings
def scene_pairs(cid, loc, turns, tag=""):
    """turns: list of (handler, intent, query, params, scene, speech, end)"""
    sid = "ABwppHF" + hexid(cid, tag, "gs", n=24)
    out = []
    for i, (h, it, qtext, params, scene, speech, end) in enumerate(turns):
        q = {"handler": {"name": h}, "intent": {"name": it, "params": {k: {"original": v, "resolved": v} for k, v in params.items()}, "query": qtext},
             "scene": {"name": scene, "slotFillingStatus": "UNSPECIFIED", "slots": {}},
             "session": {"id": sid, "params": {}, "typeOverrides": [], "languageCode": ""},
             "user": {"locale": loc, "params": {}, "accountLinkingStatus": "ACCOUNT_LINKING_STATUS_UNSPECIFIED",
                      "verificationStatus": "VERIFIED", "packageEntitlements": [], "gaiamint": "", "permissions": [], "lastSeenTime": "2025-02-10T09:00:01Z"},
             "home": {"params": {}}, "device": {"capabilities": ["SPEECH", "RICH_RESPONSE", "LONG_FORM_AUDIO"], "timeZone": {"id": "Europe/Berlin", "version": ""}}}
        r = {"session": {"id": sid, "params": {}}, "prompt": {"override": False, "firstSimple": {"speech": speech, "text": speech}}}
        if end:
            r["scene"] = {"name": scene, "slots": {}, "next": {"name": "actions.scene.END_CONVERSATION"}}
        out.append((q, r))
    return out


def conv_pairs(cid, loc, turns, tag=""):
    """Actions SDK v2. turns: (intent, query, speech, expect, no_input(list) , possible_extra(dict|None))"""
    cid_ = hexid(cid, tag, "conv", n=18)
    out = []
    for i, (it, qt, speech, expect, noin, extra) in enumerate(turns):
        q = {"user": {"locale": loc, "lastSeen": "2025-02-10T08:59:00Z", "userVerificationStatus": "VERIFIED"},
             "conversation": {"conversationId": cid_, "type": "NEW" if i == 0 else "ACTIVE", **({"conversationToken": "[]"} if i else {})},
             "inputs": [{"intent": it, "rawInputs": [{"inputType": "VOICE", "query": qt}], "arguments": [{"name": "text", "rawText": qt, "textValue": qt}] if it == "actions.intent.TEXT" else []}],
             "surface": {"capabilities": [{"name": "actions.capability.AUDIO_OUTPUT"}, {"name": "actions.capability.MEDIA_RESPONSE_AUDIO"}]},
             "isInSandbox": True, "availableSurfaces": [], "requestType": "SIMULATOR"}
        if expect:
            pi = [{"intent": "actions.intent.TEXT"}] if not extra else [extra]
            r = {"expectUserResponse": True, "expectedInputs": [{"inputPrompt": {"richInitialPrompt": {"items": [{"simpleResponse": {"textToSpeech": speech}}]},
                                                                                   "noInputPrompts": [{"textToSpeech": n} for n in noin]},
                                                                   "possibleIntents": pi}]}
        else:
            r = {"expectUserResponse": False, "finalResponse": {"richResponse": {"items": [{"simpleResponse": {"textToSpeech": speech}}]}}}
        out.append((q, r))
    return out


def df_pairs(cid, loc, turns, tag=""):
    """Dialogflow v2 webhook. turns: (intent, query, params, speech, expect, system_intent|None)"""
    sess = f"projects/{cid[6:]}-agent/agent/sessions/{hexid(cid, tag, 'df', n=32).lower()}"
    out = []
    for i, (it, qt, params, speech, expect, sysi) in enumerate(turns):
        q = {"responseId": uid(cid, tag, "df", i), "session": sess,
             "queryResult": {"queryText": qt, "parameters": params, "allRequiredParamsPresent": True, "fulfillmentText": "",
                             "fulfillmentMessages": [{"text": {"text": [""]}}], "outputContexts": [],
                             "intent": {"name": f"projects/{cid[6:]}-agent/agent/intents/{uid(cid, it)}", "displayName": it},
                             "intentDetectionConfidence": 0.91, "languageCode": loc.split("-")[0]},
             "originalDetectIntentRequest": {"source": "google", "version": "2", "payload": {
                 "user": {"locale": loc, "userVerificationStatus": "VERIFIED"},
                 "conversation": {"conversationId": hexid(cid, tag, "dfc", n=16), "type": "NEW" if i == 0 else "ACTIVE"},
                 "inputs": [{"intent": "actions.intent.MAIN" if i == 0 else "actions.intent.TEXT", "rawInputs": [{"inputType": "VOICE", "query": qt}]}],
                 "surface": {"capabilities": [{"name": "actions.capability.AUDIO_OUTPUT"}]}, "isInSandbox": True}}}
        g = {"expectUserResponse": expect, "richResponse": {"items": [{"simpleResponse": {"textToSpeech": speech}}]}}
        if sysi:
            g["systemIntent"] = sysi
        out.append((q, {"fulfillmentText": speech, "payload": {"google": g}}))
    return out


def write_pairs(cid, pairs, f, jsonl=False):
    if jsonl:
        write(cid, f, "".join(json.dumps({"request": q, "response": r}, ensure_ascii=False) + "\n" for q, r in pairs))
    else:
        write(cid, f, [{"request": q, "response": r} for q, r in pairs])
