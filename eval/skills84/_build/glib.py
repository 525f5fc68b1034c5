"""Google Actions helpers: Actions Builder, Dialogflow export, Actions SDK v2."""
import json, datetime
from lib import write, uid, label, _h


def _yaml_list(xs, ind=2):
    return "".join(f"{' '*ind}- {json.dumps(x, ensure_ascii=False)}\n" for x in xs)


def builder(cid, cats, why, lang, display, pron, desc, intents, scenes, turns_list, policy=None, family=False, category="KIDS_AND_FAMILY", types=None, extra=None, locale_label=None):
    """intents: {name: (params[(name,type)], phrases)}; scenes: {name: yaml text}; turns_list: sessions of
    (handler, intent, query, scene, speech, next_scene)."""
    s = f"projectId: {cid[6:]}-{_h(cid)[:5]}\ndefaultLocale: {lang}\ncategory: {category}\ndesignedForFamily: {str(family).lower()}\nkeepsMicOpen: false\nusesTransactionsApi: false\nlocalizedSettings:\n  displayName: {json.dumps(display, ensure_ascii=False)}\n  pronunciation: {json.dumps(pron, ensure_ascii=False)}\n  shortDescription: {json.dumps(desc[:80], ensure_ascii=False)}\n  fullDescription: {json.dumps(desc, ensure_ascii=False)}\n  developerName: Little Lantern Labs\n  developerEmail: actions@example-kids.app\n"
    if policy:
        s += f"  privacyPolicyUrl: {policy}\n"
    s += "  smallLogoImage: $resources.images.square\n"
    write(cid, "sdk/settings/settings.yaml", s)
    write(cid, "sdk/manifest.yaml", "version: \"1.0\"\n")
    write(cid, "sdk/webhooks/ActionsOnGoogleFulfillment.yaml", "handlers:\n" + "".join(f"- name: {h}\n" for h in sorted({t[0] for ss in turns_list for t in ss})) + "inlineCloudFunction:\n  executeFunction: ActionsOnGoogleFulfillment\n")
    write(cid, "sdk/custom/global/actions.intent.MAIN.yaml", "handler:\n  webhookHandler: main\ntransitionToScene: " + list(scenes)[0] + "\n")
    for name, (params, phrases) in intents.items():
        y = ""
        if params:
            y += "parameters:\n" + "".join(f"- name: {p}\n  type:\n    name: {t}\n" for p, t in params)
        y += "trainingPhrases:\n" + _yaml_list(phrases, 0)
        write(cid, f"sdk/custom/intents/{name}.yaml", y)
    for name, vals in (types or {}).items():
        write(cid, f"sdk/custom/types/{name}.yaml", "synonym:\n  entities:\n" + "".join(f"    {v}:\n      synonyms:\n      - {v}\n" for v in vals) + "  matchType: EXACT_MATCH\n")
    for name, y in scenes.items():
        write(cid, f"sdk/custom/scenes/{name}.yaml", y)
    for k, v in (extra or {}).items():
        write(cid, k, v)
    shapes = []
    t = datetime.datetime(2026, 2, 14, 17, 30)
    out = []
    for si, sess in enumerate(turns_list):
        sid = "ABwppHF" + _h(cid, si)[:40]
        for ti, (handler, intent, query, scene, speech, nxt) in enumerate(sess):
            req = {"handler": {"name": handler}, "intent": {"name": intent, "params": {}, "query": query},
                   "scene": {"name": scene, "slotFillingStatus": "UNSPECIFIED", "slots": {}},
                   "session": {"id": sid, "params": {}, "typeOverrides": [], "languageCode": ""},
                   "user": {"locale": lang if "-" in lang else lang + "-" + lang.upper(), "params": {}, "accountLinkingStatus": "ACCOUNT_LINKING_STATUS_UNSPECIFIED",
                            "verificationStatus": "VERIFIED", "packageEntitlements": [], "gaiamint": "", "permissions": [], "lastSeenTime": t.strftime("%Y-%m-%dT%H:%M:%SZ")},
                   "home": {"params": {}}, "device": {"capabilities": ["SPEECH", "RICH_RESPONSE", "LONG_FORM_AUDIO"], "timeZone": {"id": "America/New_York", "version": ""}}}
            resp = {"session": {"id": sid, "params": {}}, "prompt": {"override": False, "firstSimple": {"speech": speech, "text": _plain(speech)}},
                    "scene": {"name": scene, "slots": {}, "next": {"name": nxt}}}
            out.append({"ts": t.isoformat() + "Z", "request": req, "response": resp})
            t += datetime.timedelta(seconds=9)
        t += datetime.timedelta(minutes=20)
    return out


def _plain(s):
    import re
    return re.sub(r"<[^>]+>", "", s).strip()


def dialogflow(cid, lang, display, desc, intents, webhook=True):
    """intents: {displayName: (phrases as list of list-of-parts, parameters[(name, entity)], end_conversation, responses)}"""
    write(cid, "agent.json", {"description": desc, "language": lang, "shortDescription": "", "examples": "", "linkToDocs": "",
                              "displayName": display, "disableInteractionLogs": False, "disableStackdriverLogs": True,
                              "googleAssistant": {"googleAssistantCompatible": True, "project": cid[6:] + "-agent", "welcomeIntentSignInRequired": False,
                                                  "startIntents": [], "systemIntents": [], "endIntentIds": [], "oAuthLinking": {"required": False, "providerId": "", "authorizationUrl": "", "tokenUrl": "", "scopes": "", "privacyPolicyUrl": "", "grantType": "AUTH_CODE_GRANT"},
                                                  "voiceType": "MALE_1", "capabilities": [], "env": "", "protocolVersion": "V2", "autoPreviewEnabled": True, "isDeviceAgent": False},
                              "defaultTimezone": "America/Chicago", "webhook": {"url": f"https://us-central1-{cid[6:]}.cloudfunctions.net/dialogflowFirebaseFulfillment", "username": "", "headers": {}, "available": webhook, "useForDomains": False, "cloudFunctionsEnabled": False, "cloudFunctionsInitialized": False},
                              "isPrivate": True, "mlMinConfidence": 0.3, "supportedLanguages": [], "enableOnePlatformApi": True, "onePlatformApiVersion": "v2", "analyzeQueryTextSentiment": False, "enabledKnowledgeBaseNames": [], "knowledgeServiceConfidenceAdjustment": 0.0, "dialogBuilderMode": False, "baseActionPackagesUrl": "", "enableSpellCorrection": False})
    write(cid, "package.json", {"version": "1.0.0"})
    for name, (phrases, params, end, responses) in intents.items():
        iid = uid(cid, name)
        write(cid, f"intents/{name}.json", {"id": iid, "name": name, "auto": True, "contexts": [],
                                           "responses": [{"resetContexts": False, "action": name.lower().replace(" ", "."), "affectedContexts": [],
                                                          "parameters": [{"id": uid(cid, name, p), "name": p, "required": False, "dataType": e, "value": "$" + p, "defaultValue": "", "isList": False, "prompts": [], "promptMessages": [], "noMatchPromptMessages": [], "noInputPromptMessages": [], "outputDialogContexts": []} for p, e in params],
                                                          "messages": [{"type": "0", "title": "", "textToSpeech": "", "lang": lang, "condition": "", "speech": responses}] if responses else [],
                                                          "speech": [], "defaultResponsePlatforms": {}, "endInteraction": end}],
                                           "priority": 500000, "webhookUsed": webhook, "webhookForSlotFilling": False, "fallbackIntent": name == "Default Fallback Intent", "events": [{"name": "WELCOME"}] if name == "Default Welcome Intent" else [], "conditionalResponses": [], "condition": "", "conditionalFollowupEvents": []})
        if phrases:
            us = []
            for ph in phrases:
                data = []
                for part in ph:
                    if isinstance(part, str):
                        data.append({"text": part, "userDefined": False})
                    else:
                        txt, alias, meta = part
                        data.append({"text": txt, "alias": alias, "meta": meta, "userDefined": True})
                us.append({"id": uid(cid, name, str(ph)), "data": data, "isTemplate": False, "count": 0, "lang": lang, "updated": 0})
            write(cid, f"intents/{name}_usersays_{lang}.json", us)


def df_exchanges(cid, lang, sessions, start=datetime.datetime(2026, 1, 20, 16, 0)):
    """sessions: list of list of (intent displayName, query, params, speech, expect, noInput list or None)."""
    out, t = [], start
    for si, sess in enumerate(sessions):
        sid = _h(cid, "df", si)[:24]
        conv = "ABwppHE" + _h(cid, "conv", si)[:30]
        for ti, (intent, q, params, speech, expect, noinp) in enumerate(sess):
            req = {"responseId": uid(cid, si, ti), "queryResult": {"queryText": q, "parameters": params, "allRequiredParamsPresent": True,
                                                                   "fulfillmentMessages": [{"text": {"text": [""]}}], "outputContexts": [],
                                                                   "intent": {"name": f"projects/{cid[6:]}-agent/agent/intents/{uid(cid, intent)}", "displayName": intent},
                                                                   "intentDetectionConfidence": 1, "languageCode": lang},
                   "originalDetectIntentRequest": {"source": "google", "version": "2", "payload": {
                       "user": {"locale": lang + ("-US" if lang == "en" else "-" + lang.upper()), "userVerificationStatus": "VERIFIED", "lastSeen": t.isoformat() + "Z"},
                       "conversation": {"conversationId": conv, "type": "NEW" if ti == 0 else "ACTIVE", "conversationToken": "[]"},
                       "inputs": [{"intent": "actions.intent.MAIN" if ti == 0 else "actions.intent.TEXT", "rawInputs": [{"inputType": "VOICE", "query": q}]}],
                       "surface": {"capabilities": [{"name": "actions.capability.SCREEN_OUTPUT"}, {"name": "actions.capability.AUDIO_OUTPUT"}]}, "isInSandbox": True}},
                   "session": f"projects/{cid[6:]}-agent/agent/sessions/{sid}"}
            g = {"expectUserResponse": expect, "richResponse": {"items": [{"simpleResponse": {"textToSpeech": speech}}]}}
            if noinp is not None:
                g["noInputPrompts"] = [{"textToSpeech": x} for x in noinp]
            resp = {"fulfillmentText": _plain(speech), "payload": {"google": g}}
            out.append({"timestamp": t.isoformat() + "Z", "webhookRequest": req, "webhookResponse": resp})
            t += datetime.timedelta(seconds=8)
        t += datetime.timedelta(hours=3)
    return out


def actions_v2(cid, lang, display, patterns, extra_actions=(), url=None):
    acts = [{"description": "Default Welcome Intent", "name": "MAIN", "fulfillment": {"conversationName": cid[6:]},
             "intent": {"name": "actions.intent.MAIN", "trigger": {"queryPatterns": patterns}}}]
    acts += list(extra_actions)
    write(cid, "action.json", {"actions": acts, "conversations": {cid[6:]: {"name": cid[6:], "url": url or f"https://{cid[6:]}.example-kids.app/conversation", "fulfillmentApiVersion": 2}}, "locale": lang})


def v2_exchanges(cid, lang, sessions, start=datetime.datetime(2026, 1, 9, 19, 0)):
    """sessions: list of (intent, query, speech, expect, noInput list, permission spec or None)."""
    out, t = [], start
    for si, sess in enumerate(sessions):
        conv = _h(cid, "v2", si)[:19]
        for ti, (intent, q, speech, expect, noinp, perm) in enumerate(sess):
            req = {"user": {"userId": "ABwppHG" + _h(cid, "u")[:30], "locale": lang, "lastSeen": t.isoformat() + "Z", "userVerificationStatus": "VERIFIED"},
                   "conversation": {"conversationId": conv, "type": "NEW" if ti == 0 else "ACTIVE", "conversationToken": "{}"},
                   "inputs": [{"intent": intent, "rawInputs": [{"inputType": "VOICE", "query": q}],
                               "arguments": [{"name": "text", "rawText": q, "textValue": q}] if intent == "actions.intent.TEXT" else []}],
                   "surface": {"capabilities": [{"name": "actions.capability.AUDIO_OUTPUT"}, {"name": "actions.capability.MEDIA_RESPONSE_AUDIO"}]},
                   "isInSandbox": True, "availableSurfaces": []}
            items = {"items": [{"simpleResponse": {"textToSpeech": speech}}]}
            if expect:
                pi = [{"intent": "actions.intent.TEXT"}]
                if perm:
                    pi = [{"intent": "actions.intent.PERMISSION", "inputValueData": {"@type": "type.googleapis.com/google.actions.v2.PermissionValueSpec", "optContext": perm[0], "permissions": perm[1]}}]
                resp = {"expectUserResponse": True, "expectedInputs": [{"inputPrompt": {"richInitialPrompt": items, "noInputPrompts": [{"textToSpeech": x} for x in (noinp or [])]}, "possibleIntents": pi}]}
            else:
                resp = {"expectUserResponse": False, "finalResponse": {"richResponse": items}}
            out.append({"request": req, "response": resp})
            t += datetime.timedelta(seconds=10)
        t += datetime.timedelta(hours=5)
    return out
