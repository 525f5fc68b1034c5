"""Google Assistant project + webhook recording writers (Actions Builder, Actions SDK v2, Dialogflow)."""
import json, os, shutil
from datetime import datetime, timedelta
from lib import CASES, LABELS, h, uid, wjson, wtext, plain

class G:
    def __init__(self, user, intent, speech, expect=True, no_input=None, scene=None, next_scene=None, params=None,
                 permission=None, handler=None, display=None):
        self.user, self.intent, self.speech, self.expect = user, intent, speech, expect
        self.no_input, self.scene, self.next_scene, self.params = no_input, scene, next_scene, params or {}
        self.permission, self.handler, self.display = permission, handler, display

def _yaml(obj, ind=0):
    sp = "  " * ind
    out = []
    if isinstance(obj, dict):
        for k, v in obj.items():
            if isinstance(v, (dict, list)) and v:
                out.append(f"{sp}{k}:")
                out.append(_yaml(v, ind + 1))
            else:
                out.append(f"{sp}{k}: {_sc(v)}")
    else:
        for v in obj:
            if isinstance(v, dict) and v:
                first = True
                sub = _yaml(v, ind + 1).split("\n")
                out.append(f"{sp}- " + sub[0].lstrip())
                out.extend(sub[1:])
            else:
                out.append(f"{sp}- {_sc(v)}")
    return "\n".join(out)

def _sc(v):
    if v is True: return "true"
    if v is False: return "false"
    if v == {}: return "{}"
    if v == []: return "[]"
    if isinstance(v, (int, float)): return str(v)
    s = str(v)
    if any(c in s for c in ":#'\"{}[]&*!|>%@`") or s.strip() != s or s == "":
        return json.dumps(s, ensure_ascii=False)
    return s

def wy(path, obj):
    wtext(path, _yaml(obj) + "\n")

def _reset(cid):
    d = os.path.join(CASES, cid)
    if os.path.exists(d):
        shutil.rmtree(d)
    return d

# ------------------------------------------------------------- Actions Builder
def builder(cid, name, desc, cats, why, intents, scenes, types=(), locale="en", privacy=True, category="GAMES",
            recs=(), pron=None, label_locale="en-US"):
    d = _reset(cid)
    proj = cid.split("-", 1)[1] + "-" + h(cid, 6)
    ls = {"displayName": name, "pronunciation": pron or name.lower(), "fullDescription": desc,
          "shortDescription": desc.split(". ")[0][:80], "developerName": name + " Team",
          "developerEmail": f"dev@{cid.split('-',1)[1]}.example.com", "smallLogoImage": "$resources.images.square"}
    if privacy:
        ls["privacyPolicyUrl"] = f"https://{cid.split('-',1)[1]}.example.com/privacy"
    wy(os.path.join(d, "sdk", "settings", "settings.yaml"), {"defaultLocale": locale, "localizedSettings": ls,
        "projectId": proj, "category": category, "usesTransactionsApi": False, "usesDigitalPurchaseApi": False,
        "usesInteractiveCanvas": False})
    wtext(os.path.join(d, "sdk", "manifest.yaml"), 'version: "1.0"\n')
    wy(os.path.join(d, "sdk", "actions", "actions.yaml"), {"actions": {"actions.intent.MAIN": {"handler": {"webhookHandler": "greeting"}}}})
    hs = set(["greeting"])
    for nm, phrases, params in intents:
        o = {}
        if params:
            o["parameters"] = [{"name": k, "type": {"name": v}} for k, v in params.items()]
        o["trainingPhrases"] = phrases
        wy(os.path.join(d, "sdk", "custom", "intents", f"{nm}.yaml"), o)
    for nm, events in scenes.items():
        for e in events:
            hs.add(e.get("handler", {}).get("webhookHandler", "greeting"))
        wy(os.path.join(d, "sdk", "custom", "scenes", f"{nm}.yaml"), {"intentEvents": events})
    for nm, body in types:
        wy(os.path.join(d, "sdk", "custom", "types", f"{nm}.yaml"), body)
    wy(os.path.join(d, "sdk", "webhooks", "ActionsOnGoogleFulfillment.yaml"),
       {"handlers": [{"name": x} for x in sorted(hs)], "inlineCloudFunction": {"executeFunction": "ActionsOnGoogleFulfillment"}})
    shapes = []
    for sub, start, turns in recs:
        _scene_rec(cid, os.path.join(d, sub), start, turns, label_locale)
        shapes.append("gactions-scene")
    LABELS[cid] = {"categories": sorted(cats), "locale": label_locale, "shapes": sorted(set(shapes)), "why": why}

def _scene_rec(cid, base, start, turns, loc):
    t0 = datetime.strptime(start, "%Y-%m-%dT%H:%M:%S")
    sid = "ABwppHF" + h(cid + start, 40)
    for i, g in enumerate(turns):
        ts = (t0 + timedelta(seconds=8 * i)).strftime("%Y-%m-%dT%H:%M:%SZ")
        req = {"handler": {"name": g.handler or ("greeting" if g.intent == "actions.intent.MAIN" else g.intent)},
               "intent": {"name": g.intent, "params": {k: {"original": str(v), "resolved": v} for k, v in g.params.items()},
                          "query": g.user},
               "scene": {"name": g.scene or "actions.scene.START_CONVERSATION", "slotFillingStatus": "UNSPECIFIED", "slots": {}, "next": {"name": ""}},
               "session": {"id": sid, "params": {}, "typeOverrides": [], "languageCode": ""},
               "user": {"locale": loc, "params": {}, "accountLinkingStatus": "ACCOUNT_LINKING_STATUS_UNSPECIFIED",
                        "verificationStatus": "VERIFIED", "packageEntitlements": [], "gaiamint": "", "permissions": [], "lastSeenTime": ts},
               "home": {"params": {}}, "device": {"capabilities": ["SPEECH", "RICH_RESPONSE", "LONG_FORM_AUDIO"],
                        "timeZone": {"id": "America/New_York", "version": ""}}}
        res = {"session": {"id": sid, "params": {}}, "prompt": {"override": False,
               "firstSimple": {"speech": g.speech, "text": g.display or plain(g.speech)}},
               "scene": {"name": g.scene or "actions.scene.START_CONVERSATION", "slots": {},
                         "next": {"name": g.next_scene or ("actions.scene.END_CONVERSATION" if not g.expect else (g.scene or "Main"))}}}
        if g.no_input:
            res["prompt"]["reprompts"] = g.no_input
        wjson(os.path.join(base, f"turn{i+1}__req.json"), req)
        wjson(os.path.join(base, f"turn{i+1}__res.json"), res)

# ------------------------------------------------------------- Actions SDK v2 conversation webhook
def _conv_pairs(cid, start, turns, loc, proj):
    t0 = datetime.strptime(start, "%Y-%m-%dT%H:%M:%S")
    conv = str(int(h(cid + start, 12), 16))[:15]
    uidv = "ABwppHE" + h(cid + "u", 30)
    out = []
    for i, g in enumerate(turns):
        ts = (t0 + timedelta(seconds=8 * i)).strftime("%Y-%m-%dT%H:%M:%SZ")
        inp = {"intent": g.intent, "rawInputs": [{"inputType": "VOICE", "query": g.user}]}
        if g.intent == "actions.intent.TEXT":
            inp["arguments"] = [{"name": "text", "rawText": g.user, "textValue": g.user}]
        if g.intent == "actions.intent.PERMISSION":
            inp["arguments"] = [{"name": "PERMISSION", "boolValue": True, "textValue": "true"}]
        req = {"user": {"userId": uidv, "locale": loc, "lastSeen": ts, "userVerificationStatus": "VERIFIED"},
               "conversation": {"conversationId": conv, "type": "NEW" if i == 0 else "ACTIVE",
                                **({} if i == 0 else {"conversationToken": "[]"})},
               "inputs": [inp], "surface": {"capabilities": [{"name": "actions.capability.AUDIO_OUTPUT"},
                                                            {"name": "actions.capability.MEDIA_RESPONSE_AUDIO"}]},
               "isInSandbox": True, "availableSurfaces": []}
        if g.expect:
            ei = {"inputPrompt": {"richInitialPrompt": {"items": [{"simpleResponse": {"textToSpeech": g.speech,
                  "displayText": g.display or plain(g.speech)}}]}}}
            if g.no_input:
                ei["inputPrompt"]["noInputPrompts"] = [{"textToSpeech": x} for x in g.no_input]
            if g.permission:
                ei["possibleIntents"] = [{"intent": "actions.intent.PERMISSION", "inputValueData": {
                    "@type": "type.googleapis.com/google.actions.v2.PermissionValueSpec",
                    "optContext": g.permission[0], "permissions": g.permission[1]}}]
            else:
                ei["possibleIntents"] = [{"intent": "actions.intent.TEXT"}]
            ei["speechBiasingHints"] = []
            res = {"expectUserResponse": True, "expectedInputs": [ei], "conversationToken": "{\"state\":null,\"data\":{}}"}
        else:
            res = {"expectUserResponse": False, "finalResponse": {"richResponse": {"items": [{"simpleResponse": {
                "textToSpeech": g.speech, "displayText": g.display or plain(g.speech)}}]}}}
        out.append((g, req, res))
    return out

def sdkv2(cid, name, desc, cats, why, actions, recs=(), locale="en", label_locale="en-US", url=None):
    d = _reset(cid)
    slug = cid.split("-", 1)[1]
    acts = []
    for nm, intent, patterns in actions:
        a = {"description": nm, "name": nm.upper().replace(" ", "_") if intent != "actions.intent.MAIN" else "MAIN",
             "fulfillment": {"conversationName": "main"}, "intent": {"name": intent}}
        if patterns:
            a["intent"]["trigger"] = {"queryPatterns": patterns}
        acts.append(a)
    wjson(os.path.join(d, "action.json"), {"actions": acts, "conversations": {"main": {"name": "main",
          "url": url or f"https://us-central1-{slug}.cloudfunctions.net/fulfillment", "fulfillmentApiVersion": 2}},
          "locale": locale, "manifest": {"displayName": name, "invocationName": name.lower(), "shortDescription": desc}})
    for sub, start, turns in recs:
        P = _conv_pairs(cid, start, turns, label_locale, slug)
        wtext(os.path.join(d, sub), "".join(json.dumps({"request": q, "response": r}, ensure_ascii=False) + "\n" for _, q, r in P))
    LABELS[cid] = {"categories": sorted(cats), "locale": label_locale, "shapes": ["gactions-conversation"], "why": why}

# ------------------------------------------------------------- Dialogflow
def dialogflow(cid, name, desc, cats, why, intents, recs=(), lang="en", label_locale="en-US", url=None, entities=()):
    d = _reset(cid)
    slug = cid.split("-", 1)[1]
    wjson(os.path.join(d, "agent.json"), {"description": desc, "displayName": name, "language": lang,
          "shortDescription": desc.split(". ")[0], "examples": "", "linkToDocs": "", "disableInteractionLogs": False,
          "disableStackdriverLogs": True, "googleAssistant": {"googleAssistantCompatible": True, "project": slug,
          "welcomeIntentSignInRequired": False, "startIntents": [], "systemIntents": [], "endIntentIds": [],
          "oAuthLinking": {"required": False}, "voiceType": "FEMALE_1", "capabilities": [], "env": "",
          "protocolVersion": "V2", "autoPreviewEnabled": False, "isDeviceAgent": False},
          "defaultTimezone": "America/Chicago", "webhook": {"url": url or f"https://{slug}.example.com/dialogflow",
          "username": "", "headers": {}, "available": True, "useForDomains": False, "cloudFunctionsEnabled": False,
          "cloudFunctionsInitialized": False}, "isPrivate": True, "mlMinConfidence": 0.3, "supportedLanguages": [],
          "enableOnePlatformApi": True, "onePlatformApiVersion": "v2beta1", "analyzeQueryTextSentiment": False,
          "enabledKnowledgeBaseNames": [], "knowledgeServiceConfidenceAdjustment": 0.0, "dialogBuilderMode": False,
          "baseActionPackagesUrl": ""})
    wjson(os.path.join(d, "package.json"), {"version": "1.0.0"})
    for nm, says, params, opts in intents:
        iid = uid(cid + nm)
        wjson(os.path.join(d, "intents", f"{nm}.json"), {"id": iid, "name": nm, "auto": True, "contexts": [],
              "responses": [{"resetContexts": False, "action": opts.get("action", ""), "affectedContexts": [],
              "parameters": [{"id": uid(cid + nm + p), "required": False, "dataType": t, "name": p, "value": "$" + p,
                              "promptMessages": [], "noMatchPromptMessages": [], "noInputPromptMessages": [],
                              "outputDialogContexts": [], "isList": False} for p, t in params.items()],
              "messages": [{"type": 0, "lang": lang, "condition": "", "speech": opts.get("speech", [])}],
              "defaultResponsePlatforms": {}, "speech": []}], "priority": 500000, "webhookUsed": True,
              "webhookForSlotFilling": False, "fallbackIntent": opts.get("fallback", False),
              "events": [{"name": e} for e in opts.get("events", [])], "conditionalResponses": [], "condition": "",
              "conditionalFollowupEvents": []})
        if says:
            arr = []
            for j, s in enumerate(says):
                data = []
                for part in s:
                    if isinstance(part, tuple):
                        data.append({"text": part[0], "alias": part[1], "meta": part[2], "userDefined": True})
                    else:
                        data.append({"text": part, "userDefined": False})
                arr.append({"id": uid(cid + nm + str(j)), "data": data, "isTemplate": False, "count": 0, "lang": lang, "updated": 0})
            wjson(os.path.join(d, "intents", f"{nm}_usersays_{lang}.json"), arr)
    for en, vals in entities:
        wjson(os.path.join(d, "entities", f"{en}.json"), {"id": uid(cid + en), "name": en, "isOverridable": True,
              "isEnum": False, "isRegexp": False, "automatedExpansion": False, "allowFuzzyExtraction": False})
        wjson(os.path.join(d, "entities", f"{en}_entries_{lang}.json"), [{"value": v, "synonyms": [v]} for v in vals])
    for sub, start, turns in recs:
        _df_rec(cid, os.path.join(d, sub), start, turns, label_locale, slug, lang)
    LABELS[cid] = {"categories": sorted(cats), "locale": label_locale, "shapes": ["dialogflow-webhook"], "why": why}

def _df_rec(cid, base, start, turns, loc, slug, lang):
    t0 = datetime.strptime(start, "%Y-%m-%dT%H:%M:%S")
    conv = str(int(h(cid + start, 12), 16))[:15]
    for i, g in enumerate(turns):
        ts = (t0 + timedelta(seconds=8 * i)).strftime("%Y-%m-%dT%H:%M:%SZ")
        gi = "actions.intent.MAIN" if i == 0 else ("actions.intent.PERMISSION" if g.intent == "permission_result" else "actions.intent.TEXT")
        inp = {"intent": gi, "rawInputs": [{"inputType": "VOICE", "query": g.user}]}
        if gi == "actions.intent.TEXT":
            inp["arguments"] = [{"name": "text", "rawText": g.user, "textValue": g.user}]
        req = {"responseId": uid(cid + start + str(i)) + "-7fd963aa", "queryResult": {"queryText": g.user,
               "parameters": g.params, "allRequiredParamsPresent": True, "fulfillmentMessages": [{"text": {"text": [""]}}],
               "outputContexts": [{"name": f"projects/{slug}/agent/sessions/{conv}/contexts/actions_capability_audio_output"}],
               "intent": {"name": f"projects/{slug}/agent/intents/{uid(cid + g.intent)}", "displayName": g.intent},
               "intentDetectionConfidence": 1, "languageCode": lang},
               "originalDetectIntentRequest": {"source": "google", "version": "2", "payload": {
                   "user": {"userId": "ABwppHEb" + h(cid, 30), "locale": loc, "lastSeen": ts, "userVerificationStatus": "VERIFIED"},
                   "conversation": {"conversationId": conv, "type": "NEW" if i == 0 else "ACTIVE"},
                   "inputs": [inp], "surface": {"capabilities": [{"name": "actions.capability.AUDIO_OUTPUT"}]},
                   "isInSandbox": True, "availableSurfaces": []}},
               "session": f"projects/{slug}/agent/sessions/{conv}"}
        google = {"expectUserResponse": g.expect, "richResponse": {"items": [{"simpleResponse": {"textToSpeech": g.speech}}]}}
        if g.no_input:
            google["noInputPrompts"] = [{"textToSpeech": x} for x in g.no_input]
        if g.permission:
            google["systemIntent"] = {"intent": "actions.intent.PERMISSION", "data": {
                "@type": "type.googleapis.com/google.actions.v2.PermissionValueSpec", "optContext": g.permission[0],
                "permissions": g.permission[1]}}
        res = {"fulfillmentText": plain(g.speech), "payload": {"google": google}}
        wjson(os.path.join(base, f"{i+1:02d}-request.json"), req)
        wjson(os.path.join(base, f"{i+1:02d}-response.json"), res)
