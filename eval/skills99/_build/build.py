"""Project builders: Alexa (ASK CLI layout) and Google (Actions Builder / Dialogflow / Actions SDK v2)."""
import json, os, shutil
from lib import *

PERM = {"address": "alexa::devices:all:address:full:read", "postal": "alexa::devices:all:address:country_and_postal_code:read",
        "email": "alexa::profile:email:read", "phone": "alexa::profile:mobile_number:read", "name": "alexa::profile:name:read",
        "given": "alexa::profile:given_name:read", "location": "alexa::devices:all:geolocation:read",
        "lists": "alexa::household:lists:read", "listswrite": "alexa::household:lists:write", "reminders": "alexa::alerts:reminders:skill:readwrite"}
BUILTIN = ["AMAZON.CancelIntent", "AMAZON.HelpIntent", "AMAZON.StopIntent", "AMAZON.NavigateHomeIntent", "AMAZON.FallbackIntent"]
LABELS = {}


def _label(cid, cats, locale, shapes, why):
    assert cid not in LABELS, cid
    LABELS[cid] = {"categories": sorted(cats), "locale": locale, "shapes": sorted(set(shapes)), "why": why}


def alexa(cid, locale, cats, why, inv, name, desc, intents, recs, privacy=True, perms=(), child=False,
          cat="TRAVEL_AND_TRANSPORTATION", types=None, files=None, examples=None, extra_locales=()):
    case = {"id": cid, "locale": locale, "inv": inv}
    d = os.path.join(OUT, cid)
    shutil.rmtree(d, ignore_errors=True)
    locs = {locale: {"summary": desc.split(". ")[0][:150], "examplePhrases": examples or [f"Alexa, open {inv}"],
                     "keywords": [], "name": name, "description": desc,
                     "smallIconUri": "https://s3.amazonaws.com/CAPS-SSE/echo_developer/9a1e/SMALL_ICON",
                     "largeIconUri": "https://s3.amazonaws.com/CAPS-SSE/echo_developer/9a1e/LARGE_ICON"}}
    pc = {"allowsPurchases": False, "usesPersonalInfo": bool(perms), "isChildDirected": child, "isExportCompliant": True, "containsAds": False}
    if privacy:
        dom = cid[6:].replace("-", "") + ".example"
        pc["locales"] = {locale: {"privacyPolicyUrl": f"https://www.{dom}/privacy", "termsOfUseUrl": f"https://www.{dom}/terms"}}
    man = {"manifest": {"publishingInformation": {"locales": locs, "isAvailableWorldwide": False, "testingInstructions": "Open the skill and follow the prompts.",
                                                   "category": cat, "distributionCountries": [locale[-2:] if locale[-2:] != "GB" else "GB"],
                                                   "automaticDistribution": {"isActive": False}},
                        "apis": {"custom": {"endpoint": {"uri": "arn:aws:lambda:eu-west-1:318204571690:function:" + cid[6:]}, "interfaces": []}},
                        "manifestVersion": "1.0", "privacyAndCompliance": pc}}
    if perms:
        man["manifest"]["permissions"] = [{"name": PERM.get(p, p)} for p in perms]
    wj(os.path.join(d, "skill-package", "skill.json"), man)
    its = []
    for it in intents:
        nm, slots, samples = it
        its.append({"name": nm, "slots": [{"name": s, "type": t} for s, t in slots], "samples": samples})
    for b in BUILTIN:
        if b not in [i["name"] for i in its]:
            its.append({"name": b, "samples": []})
    lm = {"invocationName": inv, "intents": its, "types": [{"name": n, "values": [{"name": {"value": v}} for v in vs]} for n, vs in (types or {}).items()]}
    wj(os.path.join(d, "skill-package", "interactionModels", "custom", f"{locale}.json"), {"interactionModel": {"languageModel": lm}, "version": "3"})
    for loc2, inv2 in extra_locales:
        lm2 = dict(lm, invocationName=inv2)
        wj(os.path.join(d, "skill-package", "interactionModels", "custom", f"{loc2}.json"), {"interactionModel": {"languageModel": lm2}, "version": "3"})
    wj(os.path.join(d, "ask-resources.json"), {"askcliResourcesVersion": "2020-03-31", "profiles": {"default": {"skillMetadata": {"src": "./skill-package"},
        "code": {"default": {"src": "./lambda"}}, "skillInfrastructure": {"type": "@ask-cli/lambda-deployer", "userConfig": {"runtime": "nodejs18.x", "handler": "index.handler", "awsRegion": "eu-west-1"}}}}})
    shapes = []
    for rec in recs:
        shape, rel, convo = rec[0], rec[1], rec[2]
        opt = rec[3] if len(rec) > 3 else {}
        stamp = opt.pop("stamp", "2025-03-14T09:00:00Z")
        turns = build_sessions(case, convo, stamp=stamp, tag=rel)
        write_recording(d, case, shape, rel, turns, **opt)
        shapes.append(shape)
    for p, txt in (files or {}).items():
        wt(os.path.join(d, p), txt)
    _label(cid, cats, locale, shapes, why)


# ------------------------------------------------------------------ Google
def _g_turns(cid, convo, stamp):
    out = []
    k = 0
    for si, sess in enumerate(convo):
        sid = "ABwppHF" + hexid(cid, "gs", si, n=40)
        for ti, (query, intent, params, r) in enumerate(sess):
            k += 1
            out.append({"sid": sid, "new": ti == 0, "q": query, "intent": intent, "params": params, "r": r,
                        "ts": f"{stamp[:11]}{stamp[11:13]}:{k:02d}:{(11 * k) % 60:02d}Z"})
    return out


def _yaml_list(items, ind):
    return "".join(" " * ind + "- " + json.dumps(x, ensure_ascii=False) + "\n" for x in items)


def builder(cid, locale, cats, why, display, inv, desc, intents, convo, privacy=True, scene_yaml=None, types=None,
            stamp="2025-04-02T18:00:00Z", rel="webhook-logs/session.json", category="TRAVEL_AND_TRANSPORTATION", drift=None):
    """Actions Builder project + gactions-scene recordings. intents: {name: [phrases]} ; convo turns (query, intent, params, R)."""
    d = os.path.join(OUT, cid)
    shutil.rmtree(d, ignore_errors=True)
    lang = locale.split("-")[0]
    s = f"projectId: {cid[6:]}-a1b2\ndefaultLocale: {lang}\nlocalizedSettings:\n  displayName: {json.dumps(display, ensure_ascii=False)}\n  pronunciation: {json.dumps(inv, ensure_ascii=False)}\n  shortDescription: {json.dumps(desc[:80], ensure_ascii=False)}\n  fullDescription: {json.dumps(desc, ensure_ascii=False)}\n  developerName: Waypoint Voice Ltd\n  developerEmail: dev@{cid[6:].replace('-', '')}.example\n"
    if privacy:
        s += f"  privacyPolicyUrl: https://{cid[6:].replace('-', '')}.example/privacy\n"
    s += f"category: {category}\nusesTransactionsApi: false\nusesDigitalPurchaseApi: false\nusesInteractiveCanvas: false\n"
    wt(os.path.join(d, "sdk", "settings", "settings.yaml"), s)
    wt(os.path.join(d, "sdk", "actions", "actions.yaml"), "actions:\n  actions.intent.MAIN:\n    handler:\n      webhookHandler: main\n    intent:\n      name: actions.intent.MAIN\n")
    wt(os.path.join(d, "sdk", "webhooks", "ActionsOnGoogleFulfillment.yaml"), "handlers:\n- name: main\n" + "".join(f"- name: {i}\n" for i in intents) + "inlineCloudFunction:\n  executeFunction: ActionsOnGoogleFulfillment\n")
    for name, phr in intents.items():
        sub = f"sdk/custom/intents/{name}.yaml"
        body = "trainingPhrases:\n" + _yaml_list(phr, 0)
        if isinstance(phr, tuple):
            phr, params = phr
            import re as _re
            ex = {p: (types or {}).get(t, [None])[0] or {"texte": "je rentre demain", "destino": "Alcalá de Henares", "luogo": "Pienza"}.get(p, "something") for p, t in params.items()}
            phr = [_re.sub(r"\$(\w+)", lambda m: f"(${m.group(1)} '{ex.get(m.group(1), m.group(1))}' auto=true)", x) for x in phr]
            body = "parameters:\n" + "".join(f"- name: {p}\n  type:\n    name: {t}\n" for p, t in params.items()) + "trainingPhrases:\n" + _yaml_list(phr, 0)
        wt(os.path.join(d, sub), body)
    for tname, vals in (types or {}).items():
        wt(os.path.join(d, "sdk", "custom", "types", f"{tname}.yaml"), "synonym:\n  entities:\n" + "".join(f"    {v}:\n      synonyms:\n      - {json.dumps(v, ensure_ascii=False)}\n" for v in vals) + "  matchType: EXACT_MATCH\n")
    wt(os.path.join(d, "sdk", "custom", "scenes", "Main.yaml"), scene_yaml or ("intentEvents:\n" + "".join(f"- handler:\n    webhookHandler: {i}\n  intent: {i}\n" for i in intents)))
    shapes = []
    for (cv, rl, st) in ([(convo, rel, stamp)] + (drift or [])):
        recs = []
        for t in _g_turns(cid, cv, st):
            r = t["r"]
            req = {"handler": {"name": t["intent"] if t["intent"] != "actions.intent.MAIN" else "main"},
                   "intent": {"name": t["intent"], "params": {k: {"original": v, "resolved": v} for k, v in t["params"].items()}, "query": t["q"]},
                   "scene": {"name": "Main" if not t["new"] else "actions.scene.START_CONVERSATION", "slotFillingStatus": "UNSPECIFIED", "slots": {}},
                   "session": {"id": t["sid"], "params": {}, "typeOverrides": [], "languageCode": ""},
                   "user": {"locale": locale, "params": {}, "accountLinkingStatus": "ACCOUNT_LINKING_STATUS_UNSPECIFIED", "verificationStatus": "VERIFIED",
                            "packageEntitlements": [], "gaiamint": "", "permissions": [], "lastSeenTime": t["ts"]},
                   "home": {"params": {}}, "device": {"capabilities": ["SPEECH", "RICH_RESPONSE", "LONG_FORM_AUDIO"], "timeZone": {"id": "Europe/London", "version": ""}}}
            resp = {"session": {"id": t["sid"], "params": {}}, "prompt": {"override": False, "firstSimple": {"speech": r.speech, "text": strip(r.speech).replace("<break time=\"10s\"/>", "")}},
                    "scene": {"name": "Main", "slots": {}, "next": {"name": "actions.scene.END_CONVERSATION" if r.end else "Main"}}}
            if r.reprompt is not None:
                resp["prompt"]["lastSimple"] = {"speech": r.reprompt, "text": ""}
            recs.append({"timestamp": t["ts"], "request": req, "response": resp})
        wj(os.path.join(d, rl), recs)
        shapes.append("gactions-scene")
    _label(cid, cats, locale, shapes, why)


def dialogflow(cid, locale, cats, why, display, desc, intents, convo, privacy=True, rel="fulfillment/logs/webhook.jsonl", stamp="2025-04-02T18:00:00Z", entities=None):
    """Dialogflow ES agent export + dialogflow-webhook recordings. intents: {name: [user says]} (use @sys.any:slot tokens)."""
    d = os.path.join(OUT, cid)
    shutil.rmtree(d, ignore_errors=True)
    lang = locale.split("-")[0]
    agent = {"description": desc, "language": lang, "shortDescription": desc[:60], "disableInteractionLogs": False, "googleAssistant": {
        "googleAssistantCompatible": True, "project": cid[6:] + "-7f3a", "welcomeIntentSignInRequired": False, "startIntents": [], "systemIntents": [],
        "endIntentIds": [], "oAuthLinking": {"required": False}, "voiceType": "MALE_1", "capabilities": [], "env": "", "protocolVersion": "V2",
        "autoPreviewEnabled": False, "isDeviceAgent": False}, "defaultTimezone": "Europe/Madrid", "webhook": {"url": f"https://europe-west1-{cid[6:]}.cloudfunctions.net/dialogflowFirebaseFulfillment",
        "available": True, "useForDomains": False, "cloudFunctionsEnabled": False, "cloudFunctionsInitialized": False}, "isPrivate": True,
        "mlMinConfidence": 0.3, "supportedLanguages": [], "enableOnePlatformApi": True, "onePlatformApiVersion": "v2beta1", "analyzeQueryTextSentiment": False,
        "enabledKnowledgeBaseNames": [], "knowledgeServiceConfidenceAdjustment": 0.0, "dialogBuilderMode": False, "baseActionPackagesUrl": "", "enableSpellCorrection": False}
    agent["displayName"] = display
    if privacy:
        agent["googleAssistant"]["privacyPolicyUrl"] = f"https://{cid[6:].replace('-', '')}.example/privacy"
    wj(os.path.join(d, "agent.json"), agent)
    wj(os.path.join(d, "package.json"), {"version": "1.0.0"})
    import re
    for name, says in intents.items():
        params = []
        for sy in says:
            for ent, alias in re.findall(r"(@[\w.\-]+):(\w+)", sy):
                if alias not in [p["name"] for p in params]:
                    params.append({"id": uid(cid, name, alias), "name": alias, "required": False, "dataType": ent, "value": "$" + alias, "isList": False})
        wj(os.path.join(d, "intents", f"{name}.json"), {"id": uid(cid, name), "name": name, "auto": True, "contexts": [], "responses": [{"resetContexts": False,
            "affectedContexts": [], "parameters": params, "messages": [], "defaultResponsePlatforms": {}, "speech": []}], "priority": 500000,
            "webhookUsed": True, "webhookForSlotFilling": False, "fallbackIntent": False, "events": [{"name": "WELCOME"}] if "Welcome" in name else []})
        us = []
        for sy in says:
            data = []
            for part in re.split(r"(@[\w.\-]+:\w+)", sy):
                if not part:
                    continue
                m = re.match(r"(@[\w.\-]+):(\w+)", part)
                if m:
                    data.append({"text": m.group(2), "alias": m.group(2), "meta": m.group(1), "userDefined": True})
                else:
                    data.append({"text": part, "userDefined": False})
            us.append({"id": uid(cid, name, sy), "data": data, "isTemplate": False, "count": 0, "lang": lang, "updated": 0})
        if says:
            wj(os.path.join(d, "intents", f"{name}_usersays_{lang}.json"), us)
    for en, vals in (entities or {}).items():
        wj(os.path.join(d, "entities", f"{en}.json"), {"id": uid(cid, en), "name": en, "isOverridable": True, "isEnum": False, "isRegexp": False, "automatedExpansion": False, "allowFuzzyExtraction": False})
        wj(os.path.join(d, "entities", f"{en}_entries_{lang}.json"), [{"value": v, "synonyms": [v]} for v in vals])
    lines = []
    for t in _g_turns(cid, convo, stamp):
        r = t["r"]
        req = {"responseId": uid(cid, t["ts"]) + "-e1f2c3d4", "session": f"projects/{cid[6:]}-7f3a/agent/sessions/{t['sid']}",
               "queryResult": {"queryText": t["q"], "parameters": t["params"], "allRequiredParamsPresent": True, "fulfillmentMessages": [{"text": {"text": [""]}}],
                               "intent": {"name": f"projects/{cid[6:]}-7f3a/agent/intents/{uid(cid, t['intent'])}", "displayName": t["intent"]},
                               "intentDetectionConfidence": 1, "languageCode": locale.lower()},
               "originalDetectIntentRequest": {"source": "google", "version": "2", "payload": {"user": {"locale": locale, "userVerificationStatus": "VERIFIED"},
                   "conversation": {"conversationId": t["sid"], "type": "NEW" if t["new"] else "ACTIVE"},
                   "inputs": [{"intent": "actions.intent.MAIN" if t["new"] else "actions.intent.TEXT", "rawInputs": [{"inputType": "VOICE", "query": t["q"]}]}],
                   "surface": {"capabilities": [{"name": "actions.capability.AUDIO_OUTPUT"}, {"name": "actions.capability.MEDIA_RESPONSE_AUDIO"}]}}}}
        g = {"expectUserResponse": not r.end, "richResponse": {"items": [{"simpleResponse": {"textToSpeech": r.speech}}]}}
        if r.reprompt is not None:
            g["noInputPrompts"] = [{"ssml": r.reprompt}]
        if r.directives:
            g["systemIntent"] = r.directives
        lines.append(json.dumps({"time": t["ts"], "request": req, "response": {"fulfillmentText": strip(r.speech), "payload": {"google": g}}}, ensure_ascii=False))
    wt(os.path.join(d, rel), "\n".join(lines) + "\n")
    _label(cid, cats, locale, ["dialogflow-webhook"], why)


def sdkv2(cid, locale, cats, why, display, inv, actions, convo, privacy=True, rel="logs/conversation.json", stamp="2025-04-02T18:00:00Z"):
    """Actions SDK v2 action.json + gactions-conversation recordings. actions: {intentName: [queryPatterns]}"""
    d = os.path.join(OUT, cid)
    shutil.rmtree(d, ignore_errors=True)
    acts = [{"description": "Default welcome", "name": "MAIN", "fulfillment": {"conversationName": cid[6:]}, "intent": {"name": "actions.intent.MAIN", "trigger": {"queryPatterns": []}}}]
    for nm, pats in actions.items():
        params = []
        import re
        for p in pats:
            for pn, pt in re.findall(r"\$(\w+(?:\.\w+)?):(\w+)", p):
                if pt not in [x["name"] for x in params]:
                    params.append({"name": pt, "type": pn if pn.startswith("SchemaOrg") else pn})
        acts.append({"description": nm, "name": nm, "fulfillment": {"conversationName": cid[6:]}, "intent": {"name": nm, "parameters": params, "trigger": {"queryPatterns": pats}}})
    a = {"locale": locale, "actions": acts, "conversations": {cid[6:]: {"name": cid[6:], "url": f"https://{cid[6:]}.example/fulfillment", "fulfillmentApiVersion": 2}},
         "manifest": {"displayName": display, "invocationName": inv, "category": "TRAVEL_AND_LOCAL", "shortDescription": display}}
    if privacy:
        a["manifest"]["privacyUrl"] = f"https://{cid[6:].replace('-', '')}.example/privacy"
    wj(os.path.join(d, "action.json"), a)
    recs = []
    for t in _g_turns(cid, convo, stamp):
        r = t["r"]
        req = {"user": {"userId": hexid(cid, "u", n=24), "locale": locale, "lastSeen": t["ts"], "userVerificationStatus": "VERIFIED"},
               "conversation": {"conversationId": t["sid"], "type": "NEW" if t["new"] else "ACTIVE", "conversationToken": "[]"},
               "inputs": [{"intent": t["intent"], "rawInputs": [{"inputType": "VOICE", "query": t["q"]}],
                           "arguments": [{"name": k, "rawText": v, "textValue": v} for k, v in t["params"].items()]}],
               "surface": {"capabilities": [{"name": "actions.capability.AUDIO_OUTPUT"}]}, "isInSandbox": True}
        if r.end:
            resp = {"expectUserResponse": False, "finalResponse": {"richResponse": {"items": [{"simpleResponse": {"textToSpeech": r.speech}}]}}}
        else:
            ei = {"inputPrompt": {"richInitialPrompt": {"items": [{"simpleResponse": {"textToSpeech": r.speech}}]}},
                  "possibleIntents": r.directives or [{"intent": "actions.intent.TEXT"}]}
            if r.reprompt is not None:
                ei["inputPrompt"]["noInputPrompts"] = [{"textToSpeech": r.reprompt}]
            resp = {"expectUserResponse": True, "conversationToken": "{\"state\":null}", "expectedInputs": [ei]}
        recs.append({"request": req, "response": resp})
    wj(os.path.join(d, rel), recs)
    _label(cid, cats, locale, ["gactions-conversation"], why)
