"""Google Actions project layouts and webhook recording shapes."""
import json, os
from lib import OUT, T, wjson, wtext, uid, hid, label, say_text, WRITERS, flatten
import yaml_lite as Y


def builder_pkg(cid, loc, display, intents, types=(), scenes=None, account_linking=False, policy=None):
    d = os.path.join(OUT, cid, "sdk")
    lang = loc.split("-")[0]
    st = {"projectId": "proj-" + hid(cid, n=8), "defaultLocale": lang, "localizedSettings": {"displayName": display, "pronunciation": display,
          "fullDescription": f"{display} for families.", "shortDescription": display, "developerName": "Nest & Nook Labs",
          "developerEmail": "dev@example.org"}, "category": "KIDS_AND_FAMILY" if "kid" in cid else "HEALTH_AND_FITNESS"}
    if policy:
        st["localizedSettings"]["privacyPolicyUrl"] = policy
    wtext(os.path.join(d, "settings", "settings.yaml"), Y.dump(st))
    for nm, phrases, params in intents:
        o = {"trainingPhrases": phrases}
        if params:
            o["parameters"] = [{"name": k, "type": {"name": v}} for k, v in params.items()]
        wtext(os.path.join(d, "custom", "intents", f"{nm}.yaml"), Y.dump(o))
    for tn, vals in types:
        if vals == "FREE":
            o = {"freeText": {}}
        else:
            o = {"synonym": {"entities": {v: {"synonyms": [v]} for v in vals}, "matchType": "EXACT_MATCH"}}
        wtext(os.path.join(d, "custom", "types", f"{tn}.yaml"), Y.dump(o))
    for sn, body in (scenes or {}).items():
        wtext(os.path.join(d, "custom", "scenes", f"{sn}.yaml"), Y.dump(body))
    wtext(os.path.join(d, "custom", "global", "actions.intent.MAIN.yaml"), Y.dump({"handler": {"webhookHandler": "main"}, "transitionToScene": "Start"}))
    wtext(os.path.join(d, "webhooks", "ActionsOnGoogleFulfillment.yaml"), Y.dump({"handlers": [{"name": "main"}], "inlineCloudFunction": {"executeFunction": "ActionsOnGoogleFulfillment"}}))
    wtext(os.path.join(d, "manifest.yaml"), Y.dump({"version": "1.0"}))


def dialogflow_pkg(cid, loc, display, intents, entities=(), policy=None):
    d = os.path.join(OUT, cid)
    lang = loc.split("-")[0]
    wjson(os.path.join(d, "agent.json"), {"description": display, "language": lang, "shortDescription": "", "examples": "",
          "linkToDocs": "", "displayName": display, "disableInteractionLogs": False, "googleAssistant": {
              "googleAssistantCompatible": True, "project": "df-" + hid(cid, n=6), "welcomeIntentSignInRequired": False,
              "startIntents": [], "systemIntents": [], "endIntentIds": [], "oAuthLinking": {}, "voiceType": "VOICE_TYPE_UNSPECIFIED",
              "capabilities": [], "env": "", "protocolVersion": "V2", "isDeviceAgent": False},
          "defaultTimezone": "Europe/Madrid" if lang == "es" else "Europe/London", "webhook": {"url": "https://df.example.org/hook", "available": True},
          "isPrivate": True, "enableOnePlatformResponses": True, "onePlatformApiVersion": "v2beta1",
          "privacyPolicyUrl": policy or ""})
    for nm, phrases, params in intents:
        iid = uid(cid, nm)
        wjson(os.path.join(d, "intents", f"{nm}.json"), {"id": iid, "name": nm, "auto": True, "contexts": [],
              "responses": [{"resetContexts": False, "action": nm.lower().replace(" ", "."), "affectedContexts": [],
                             "parameters": [{"id": uid(cid, nm, k), "name": k, "required": False, "dataType": v, "value": "$" + k, "isList": False} for k, v in params.items()],
                             "messages": [], "speech": []}], "priority": 500000, "webhookUsed": True, "webhookForSlotFilling": False, "fallbackIntent": False, "events": []})
        ups = []
        for p in phrases:
            data = []
            import re
            pos = 0
            for m in re.finditer(r"\{(\w+)(?::([^}]*))?\}", p):
                if m.start() > pos:
                    data.append({"text": p[pos:m.start()], "userDefined": False})
                k = m.group(1)
                data.append({"text": m.group(2) or k, "alias": k, "meta": params.get(k, "@sys.any"), "userDefined": True})
                pos = m.end()
            if pos < len(p):
                data.append({"text": p[pos:], "userDefined": False})
            ups.append({"id": uid(cid, p), "data": data, "isTemplate": False, "count": 0, "lang": lang, "updated": 0})
        wjson(os.path.join(d, "intents", f"{nm}_usersays_{lang}.json"), ups)
    for en, vals in entities:
        wjson(os.path.join(d, "entities", f"{en}.json"), {"id": uid(cid, en), "name": en, "isOverridable": True, "isEnum": False, "isRegexp": False, "automatedExpansion": False, "allowFuzzyExtraction": False})
        wjson(os.path.join(d, "entities", f"{en}_entries_{lang}.json"), [{"value": v, "synonyms": [v]} for v in vals])


def actionsdk_pkg(cid, loc, display, actions, permissions_note=None):
    d = os.path.join(OUT, cid)
    acts = [{"description": "Default welcome", "name": "MAIN", "fulfillment": {"conversationName": "main"},
             "intent": {"name": "actions.intent.MAIN", "trigger": {"queryPatterns": [f"talk to {display}"]}}}]
    for nm, patterns in actions:
        acts.append({"description": nm, "name": nm, "fulfillment": {"conversationName": "main"},
                     "intent": {"name": nm, "parameters": [], "trigger": {"queryPatterns": patterns}}})
    wjson(os.path.join(d, "action.json"), {"actions": acts, "conversations": {"main": {"name": "main", "url": "https://ga.example.org/fulfillment", "fulfillmentApiVersion": 2}},
                                           "locale": loc.split("-")[0], "manifest": {"displayName": display, "invocationName": display, "category": "KIDS_AND_FAMILY"}})


# -------- google recordings
def _gturns(sessions):
    out = []
    for si, s in enumerate(sessions):
        for ti, t in enumerate(s):
            out.append((si, ti, t))
    return out


def w_gscene(d, cid, loc, sessions, rel):
    recs = []
    for si, ti, t in _gturns(sessions):
        nm, params = t.intent()
        nm = nm or "actions.intent.MAIN"
        req = {"handler": {"name": "main" if ti == 0 else nm.lower()},
               "intent": {"name": nm, "params": {k: {"original": v, "resolved": v} for k, v in params.items()}, "query": t.utter},
               "scene": {"name": "Start" if ti == 0 else "Loop", "slotFillingStatus": "UNSPECIFIED", "slots": {}},
               "session": {"id": "ABwppHE" + hid(cid, rel, si, n=24), "params": {}, "typeOverrides": [], "languageCode": loc},
               "user": {"locale": loc, "params": {}, "accountLinkingStatus": "ACCOUNT_LINKING_STATUS_UNSPECIFIED",
                        "verificationStatus": "VERIFIED", "packageEntitlements": [], "lastSeenTime": "2025-03-01T10:00:00Z"},
               "home": {"params": {}}, "device": {"capabilities": ["SPEECH", "RICH_RESPONSE"]}}
        import re
        res = {"session": {"id": req["session"]["id"], "params": {}}, "prompt": {"override": False, "firstSimple": {"speech": t.say, "text": re.sub(r"<[^>]+>", "", t.say).strip()}}}
        if t.end:
            res["scene"] = {"name": "Loop", "slots": {}, "next": {"name": "actions.scene.END_CONVERSATION"}}
        elif "scene" not in res:
            res["scene"] = {"name": "Loop", "slots": {}, "next": {"name": "Loop"}}
        recs.append({"request": req, "response": res})
    wjson(os.path.join(OUT, cid, rel), recs)


def w_dfhook(d, cid, loc, sessions, rel):
    recs = []
    for si, ti, t in _gturns(sessions):
        nm, params = t.intent()
        nm = nm or "Default Welcome Intent"
        sess = f"projects/df-{hid(cid,n=6)}/agent/sessions/{hid(cid, rel, si, n=20)}"
        req = {"responseId": uid(cid, si, ti), "session": sess,
               "queryResult": {"queryText": t.utter, "parameters": params, "allRequiredParamsPresent": True,
                               "intent": {"name": f"projects/df-{hid(cid,n=6)}/agent/intents/{uid(cid, nm)}", "displayName": nm},
                               "intentDetectionConfidence": 0.93, "languageCode": loc.split("-")[0].lower()},
               "originalDetectIntentRequest": {"source": "google", "version": "2", "payload": {
                   "user": {"locale": loc, "userVerificationStatus": "VERIFIED"},
                   "conversation": {"conversationId": hid(cid, rel, si, n=20), "type": "NEW" if ti == 0 else "ACTIVE"},
                   "inputs": [{"intent": "actions.intent.TEXT", "rawInputs": [{"inputType": "VOICE", "query": t.utter}]}],
                   "surface": {"capabilities": [{"name": "actions.capability.AUDIO_OUTPUT"}]}}}}
        items = [{"simpleResponse": {"textToSpeech": t.say}}]
        res = {"payload": {"google": {"expectUserResponse": not t.end, "richResponse": {"items": items}}}}
        if t.rep is not None:
            res["payload"]["google"]["noInputPrompts"] = [{"textToSpeech": t.rep}]
        recs.append({"webhookRequest": req, "webhookResponse": res})
    wjson(os.path.join(OUT, cid, rel), recs)


def w_gconv(d, cid, loc, sessions, rel):
    lines = []
    for si, ti, t in _gturns(sessions):
        nm, params = t.intent()
        nm = nm or "actions.intent.MAIN"
        req = {"user": {"userId": hid(cid, "u", n=24), "locale": loc}, "conversation": {"conversationId": hid(cid, rel, si, n=16), "type": "NEW" if ti == 0 else "ACTIVE", "conversationToken": "[]"},
               "inputs": [{"intent": nm, "rawInputs": [{"inputType": "VOICE", "query": t.utter}], "arguments": [{"name": k, "textValue": v, "rawText": v} for k, v in params.items()]}],
               "surface": {"capabilities": [{"name": "actions.capability.AUDIO_OUTPUT"}]}, "isInSandbox": True}
        if t.end:
            res = {"expectUserResponse": False, "finalResponse": {"richResponse": {"items": [{"simpleResponse": {"textToSpeech": t.say}}]}}}
        else:
            res = {"expectUserResponse": True, "expectedInputs": [{"inputPrompt": {"richInitialPrompt": {"items": [{"simpleResponse": {"textToSpeech": t.say}}]},
                                                                                    "noInputPrompts": [{"textToSpeech": t.rep}] if t.rep is not None else []},
                                                                    "possibleIntents": [{"intent": "actions.intent.TEXT"}]}]}
        lines.append({"conversationRequest": req, "conversationResponse": res})
    wjson(os.path.join(OUT, cid, rel), lines)


GW = {"gactions-scene": w_gscene, "dialogflow-webhook": w_dfhook, "gactions-conversation": w_gconv}


def google_case(cid, locale, cats, why, kind, display, intents, recs, **kw):
    if kind == "builder":
        builder_pkg(cid, locale, display, intents, **kw)
    elif kind == "dialogflow":
        dialogflow_pkg(cid, locale, display, intents, **kw)
    else:
        actionsdk_pkg(cid, locale, display, intents)
    shapes = []
    for shape, rel, sess in recs:
        if shape in GW:
            GW[shape](None, cid, locale, sess, rel)
        else:
            rows = flatten(cid, "google-" + hid(cid, n=8), locale, sess, "2025-04-02T18:00:00", rel)
            WRITERS[shape](os.path.join(OUT, cid), rows, rel, loc=locale)
        if shape not in shapes:
            shapes.append(shape)
    label(cid, cats, locale, shapes, why)
