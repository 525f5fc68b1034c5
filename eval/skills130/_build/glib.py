"""Google Actions project + recording writers (no case content here)."""
import json, os
from lib import OUT, wjson, wtext, fake_uuid, hid


def yml(obj, ind=0):
    """Tiny YAML emitter (dicts, lists, scalars)."""
    sp = "  " * ind
    out = []
    if isinstance(obj, dict):
        for k, v in obj.items():
            if isinstance(v, (dict, list)) and v:
                out.append(f"{sp}{qk(k)}:")
                out.append(yml(v, ind + 1))
            else:
                out.append(f"{sp}{qk(k)}: {sc(v)}")
    elif isinstance(obj, list):
        for v in obj:
            if isinstance(v, dict) and v:
                sub = yml(v, ind + 1).split("\n")
                out.append(f"{sp}- " + sub[0].lstrip())
                out += sub[1:]
            else:
                out.append(f"{sp}- {sc(v)}")
    return "\n".join(out)


def qk(k):
    return f"'{k}'" if k[:1] in "@&*!|>%`'\"" else k


def sc(v):
    if v is True: return "true"
    if v is False: return "false"
    if v == {}: return "{}"
    if v == []: return "[]"
    if isinstance(v, (int, float)): return str(v)
    return json.dumps(str(v), ensure_ascii=False)


def builder(cid, locale, display, invocation_note, intents, scenes, types=(), privacy=None, category="PRODUCTIVITY", project="hg-eval"):
    root = os.path.join(OUT, cid, "sdk")
    lang = locale.split("-")[0]
    ls = {"displayName": display, "pronunciation": display, "shortDescription": invocation_note, "fullDescription": invocation_note,
          "developerName": "Independent developer", "developerEmail": "dev@example-dev.net", "smallLogoImage": "$resources.images.logo"}
    if privacy:
        ls["privacyPolicyUrl"] = privacy
    wtext(os.path.join(root, "settings", "settings.yaml"), yml({"defaultLocale": lang, "projectId": f"{project}-{cid[7:]}"[:30],
                                                               "category": category, "localizedSettings": ls}) + "\n")
    wtext(os.path.join(root, "manifest.yaml"), "version: \"1.0\"\n")
    for name, phrases, params in intents:
        d = {"trainingPhrases": phrases}
        if params:
            d = {"parameters": [{"name": k, "type": {"name": v}} if not v.startswith("free") else {"name": k, "type": {"name": v}} for k, v in params.items()], **d}
        wtext(os.path.join(root, "custom", "intents", f"{name}.yaml"), yml(d) + "\n")
    for name, body in scenes.items():
        wtext(os.path.join(root, "custom", "scenes", f"{name}.yaml"), yml(body) + "\n")
    for name, body in types:
        wtext(os.path.join(root, "custom", "types", f"{name}.yaml"), yml(body) + "\n")
    wtext(os.path.join(root, "custom", "global", "actions.intent.MAIN.yaml"), yml({"transitionToScene": list(scenes)[0] if scenes else "actions.scene.END_CONVERSATION"}) + "\n")


def action_v2(cid, locale, display, actions, conversations_url="https://europe-west1-hg-eval.cloudfunctions.net/fulfillment"):
    wjson(os.path.join(OUT, cid, "action.json"), {"locale": locale.split("-")[0], "actions": actions,
           "conversations": {"fulfillment": {"name": "fulfillment", "url": conversations_url, "fulfillmentApiVersion": 2}},
           "manifest": {"displayName": display}})


def dialogflow(cid, locale, display, intents, entities=(), webhook=True):
    root = os.path.join(OUT, cid)
    lang = locale.split("-")[0]
    wjson(os.path.join(root, "agent.json"), {"description": display, "language": lang, "shortDescription": "", "activeAssistantAgents": [],
          "disableInteractionLogs": False, "googleAssistant": {"googleAssistantCompatible": True, "project": f"hg-{cid[7:]}"[:30],
          "welcomeIntentSignInRequired": False, "startIntents": [], "systemIntents": [], "endIntentIds": [], "oAuthLinking": {},
          "voiceType": "MALE_1", "capabilities": [], "env": "", "protocolVersion": "V2", "autoPreviewEnabled": False, "isDeviceAgent": False},
          "defaultTimezone": "Europe/Berlin", "webhook": {"url": "https://europe-west3-hg.cloudfunctions.net/dialogflowFirebaseFulfillment", "available": True},
          "isPrivate": True, "mlMinConfidence": 0.3, "supportedLanguages": [], "enableOnePlatformResponses": True})
    for name, phrases, params, responses, end in intents:
        iid = fake_uuid(cid, name)
        wjson(os.path.join(root, "intents", f"{name}.json"), {"id": iid, "name": name, "auto": True, "contexts": [],
              "responses": [{"resetContexts": False, "action": "", "affectedContexts": [],
                             "parameters": [{"id": fake_uuid(cid, name, p), "name": p, "required": False, "dataType": t, "value": "$" + p, "isList": False} for p, t in params.items()],
                             "messages": [{"type": "0", "title": "", "textToSpeech": "", "lang": lang, "speech": responses}] if responses else [],
                             "speech": [], "endInteraction": end}],
              "priority": 500000, "webhookUsed": webhook, "webhookForSlotFilling": False, "fallbackIntent": name.startswith("Default Fallback"), "events": [{"name": "WELCOME"}] if "Welcome" in name else []})
        ups = []
        for ph in phrases:
            data = []
            for part in ph:
                if isinstance(part, tuple):
                    data.append({"text": part[0], "alias": part[1], "meta": part[2], "userDefined": True})
                else:
                    data.append({"text": part, "userDefined": False})
            ups.append({"id": fake_uuid(cid, name, str(ph)), "data": data, "isTemplate": False, "count": 0, "lang": lang, "updated": 0})
        if ups:
            wjson(os.path.join(root, "intents", f"{name}_usersays_{lang}.json"), ups)
    for name, vals in entities:
        wjson(os.path.join(root, "entities", f"{name}.json"), {"id": fake_uuid(cid, "e", name), "name": name, "isOverridable": True, "isEnum": False, "isRegexp": False, "automatedExpansion": False, "allowFuzzyExtraction": False})
        wjson(os.path.join(root, "entities", f"{name}_entries_{lang}.json"), [{"value": v, "synonyms": [v]} for v in vals])


class G:
    def __init__(self, user, intent, speech, expect=True, scene=None, next_scene=None, params=None, no_input=None, permission=None, new_conv=False):
        self.user, self.intent, self.speech, self.expect, self.scene, self.next_scene = user, intent, speech, expect, scene, next_scene
        self.params, self.no_input, self.permission, self.new_conv = params or {}, no_input, permission, new_conv


def _sp(text):
    return {"ssml": text} if text.lstrip().startswith("<speak>") else {"textToSpeech": text}


def grec(cid, locale, convs, shape, where, tag=""):
    root = os.path.join(OUT, cid, where)
    n = 0
    logs = []
    for ci, conv in enumerate(convs):
        conv_id = hid(cid, tag, "c", ci)[:24].upper()
        for ti, g in enumerate(conv):
            n += 1
            ts = f"2025-04-1{ci % 9}T09:{10 + ti:02d}:{(n * 7) % 60:02d}Z"
            if shape == "gactions-scene":
                req = {"handler": {"name": g.intent if ti else "main"}, "intent": {"name": g.intent, "params": {k: {"original": v, "resolved": v} for k, v in g.params.items()}, "query": g.user or ""},
                       "scene": {"name": g.scene or "Main", "slotFillingStatus": "UNSPECIFIED", "slots": {}},
                       "session": {"id": f"ABwppHF{conv_id}", "params": {}, "typeOverrides": [], "languageCode": ""},
                       "user": {"locale": locale, "params": {}, "accountLinkingStatus": "ACCOUNT_LINKING_STATUS_UNSPECIFIED", "verificationStatus": "VERIFIED", "packageEntitlements": [], "gaiamint": "", "permissions": [], "lastSeenTime": ts},
                       "home": {"params": {}}, "device": {"capabilities": ["SPEECH", "RICH_RESPONSE", "LONG_FORM_AUDIO"]}}
                res = {"session": {"id": f"ABwppHF{conv_id}", "params": {}}, "prompt": {"override": False, "firstSimple": {"speech": g.speech, "text": ""}}}
                if g.next_scene:
                    res["scene"] = {"name": g.scene or "Main", "slots": {}, "next": {"name": g.next_scene}}
                wjson(os.path.join(root, f"conv{ci + 1}_turn{ti + 1}.request.json"), req)
                wjson(os.path.join(root, f"conv{ci + 1}_turn{ti + 1}.response.json"), res)
                logs.append((ts, req, res))
            else:
                if shape in ("gactions-conversation", "gcloud-logging"):
                    inputs = [{"intent": g.intent, "rawInputs": [{"inputType": "VOICE", "query": g.user or ""}],
                               "arguments": [{"name": k, "rawText": v, "textValue": v} for k, v in g.params.items()]}]
                    req = {"user": {"locale": locale, "lastSeen": ts, "userVerificationStatus": "VERIFIED"},
                           "conversation": {"conversationId": conv_id, "type": "NEW" if ti == 0 else "ACTIVE", **({"conversationToken": "[]"} if ti else {})},
                           "inputs": inputs, "surface": {"capabilities": [{"name": "actions.capability.AUDIO_OUTPUT"}, {"name": "actions.capability.MEDIA_RESPONSE_AUDIO"}]},
                           "isInSandbox": True, "availableSurfaces": [], "requestType": "SIMULATOR"}
                    res = {"expectUserResponse": g.expect}
                    items = [{"simpleResponse": _sp(g.speech)}]
                    if g.expect:
                        pi = {"intent": "actions.intent.TEXT"}
                        if g.permission:
                            pi = {"intent": "actions.intent.PERMISSION", "inputValueData": {"@type": "type.googleapis.com/google.actions.v2.PermissionValueSpec",
                                  "optContext": g.speech, "permissions": g.permission}}
                            items = []
                        res["expectedInputs"] = [{"inputPrompt": {"richInitialPrompt": {"items": items}, **({"noInputPrompts": [_sp(x) for x in g.no_input]} if g.no_input is not None else {})},
                                                  "possibleIntents": [pi]}]
                        res["conversationToken"] = "[]"
                    else:
                        res["finalResponse"] = {"richResponse": {"items": items}}
                else:  # dialogflow-webhook
                    sess = f"projects/hg-{cid[7:]}/agent/sessions/{conv_id}"
                    req = {"responseId": fake_uuid(cid, tag, ci, ti), "queryResult": {"queryText": g.user or "GOOGLE_ASSISTANT_WELCOME", "parameters": g.params, "allRequiredParamsPresent": True,
                           "intent": {"name": f"projects/hg-{cid[7:]}/agent/intents/{fake_uuid(cid, g.intent)}", "displayName": g.intent}, "intentDetectionConfidence": 1, "languageCode": locale.lower()},
                           "originalDetectIntentRequest": {"source": "google", "version": "2", "payload": {"user": {"locale": locale, "lastSeen": ts},
                               "conversation": {"conversationId": conv_id, "type": "NEW" if ti == 0 else "ACTIVE"}, "isInSandbox": True,
                               "inputs": [{"rawInputs": [{"inputType": "VOICE", "query": g.user or ""}], "intent": "actions.intent.MAIN" if ti == 0 else "actions.intent.TEXT"}]}},
                           "session": sess}
                    google = {"expectUserResponse": g.expect, "richResponse": {"items": [{"simpleResponse": _sp(g.speech)}]}}
                    if g.no_input is not None:
                        google["noInputPrompts"] = [_sp(x) for x in g.no_input]
                    if g.permission:
                        google["systemIntent"] = {"intent": "actions.intent.PERMISSION", "data": {"@type": "type.googleapis.com/google.actions.v2.PermissionValueSpec", "optContext": g.speech, "permissions": g.permission}}
                    res = {"fulfillmentText": g.speech, "payload": {"google": google}}
                if shape == "gcloud-logging":
                    logs.append((ts, req, res))
                else:
                    wjson(os.path.join(root, f"{ci + 1:02d}-{ti + 1:02d}-webhook.json"), {"request": req, "response": res})
    if shape == "gcloud-logging":
        ents = []
        for i, (ts, q, r) in enumerate(logs):
            for kind, body in (("request", q), ("response", r)):
                ents.append({"insertId": hid(cid, i, kind)[:14], "jsonPayload": {"message": f"webhook {kind}", kind: body},
                             "resource": {"type": "cloud_function", "labels": {"function_name": "fulfillment", "region": "europe-west1", "project_id": f"hg-{cid[7:]}"[:30]}},
                             "timestamp": ts, "severity": "INFO", "logName": f"projects/hg-{cid[7:]}/logs/cloudfunctions.googleapis.com%2Fcloud-functions",
                             "receiveTimestamp": ts})
        wjson(os.path.join(root, "gcloud-logging-read.json"), list(reversed(ents)))
