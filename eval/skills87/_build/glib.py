"""Google Actions builders (Actions Builder, Actions SDK v2, Dialogflow ES) and their webhook recordings."""
import json, os
from lib import CASES, wj, wt, uid, hx, label


def yq(s):
    return json.dumps(s, ensure_ascii=False)


class G:
    """one Google turn: user query, intent, speech; keep=True keeps the mic open; noinput = list of re-prompts"""

    def __init__(self, user, intent, speech, keep=True, noinput=None, params=None, permission=None, scene="Main", media=None):
        self.user, self.intent, self.speech, self.keep, self.noinput = user, intent, speech, keep, noinput
        self.params, self.permission, self.scene, self.media = params or {}, permission, scene, media


def builder_project(cdir, display, lang="en", privacy=None, category="NEWS_AND_MAGAZINES", intents=(), types=(), scenes=None,
                    invocation_phrases=None, account_linking=False, permissions=None):
    s = [f"projectId: {os.path.basename(cdir)[6:]}-{hx(cdir, 5)}", f"defaultLocale: {lang}", f"category: {category}",
         "usesTransactionsApi: false", "usesDigitalPurchaseApi: false", "usesInteractiveCanvas: false", "localizedSettings:",
         f"  displayName: {yq(display)}", f"  pronunciation: {yq(display)}", f"  fullDescription: {yq(display + ' for your Assistant.')}",
         f"  shortDescription: {yq(display)}", "  developerName: Indie Audio Labs", "  developerEmail: dev@indie-audio-labs.example"]
    if privacy:
        s.append(f"  privacyPolicyUrl: {privacy}")
    s.append("  smallLogoImage: $resources.images.square")
    if account_linking:
        s += ["accountLinking:", "  enableAccountCreation: true", "  linkingType: OAUTH", "  authGrantType: AUTH_CODE",
              "  appClientId: assistant-client", "  authorizationUrl: https://auth.example-audio.net/oauth/authorize",
              "  tokenUrl: https://auth.example-audio.net/oauth/token"]
    wt(os.path.join(cdir, "sdk", "settings", "settings.yaml"), "\n".join(s) + "\n")
    wt(os.path.join(cdir, "sdk", "manifest.yaml"), "version: \"1.0\"\n")
    wt(os.path.join(cdir, "sdk", "actions", "actions.yaml"), "actions:\n  actions.intent.MAIN:\n    handler:\n      webhookHandler: main\n    transitionToScene: Main\n")
    wt(os.path.join(cdir, "sdk", "webhooks", "ActionsOnGoogleFulfillment.yaml"), "handlers:\n- name: main\n- name: play\n- name: answer\ninlineCloudFunction:\n  executeFunction: ActionsOnGoogleFulfillment\n")
    for nm, params, phrases in intents:
        y = []
        if params:
            y.append("parameters:")
            for pn, pt in params:
                y += [f"- name: {pn}", "  type:", f"    name: {pt}"]
        y.append("trainingPhrases:")
        y += [f"- {yq(p)}" for p in phrases]
        wt(os.path.join(cdir, "sdk", "custom", "intents", f"{nm}.yaml"), "\n".join(y) + "\n")
    for tn, body in types:
        wt(os.path.join(cdir, "sdk", "custom", "types", f"{tn}.yaml"), body)
    for sn, body in (scenes or {}).items():
        wt(os.path.join(cdir, "sdk", "custom", "scenes", f"{sn}.yaml"), body)


def scene_yaml(intents, noinput=None, end_on=(), permissions=None):
    y = []
    if permissions:
        y += ["slots:", "- name: user_info", "  type:", "    name: actions.type.Permission", "  config:", "    '@type': type.googleapis.com/google.actions.conversation.v3.PermissionValueSpec",
              "    context: " + yq(permissions[1]), "    permissions:"] + [f"    - {p}" for p in permissions[0]]
    y.append("intentEvents:")
    for it in intents:
        y += [f"- intent: {it}", "  handler:", "    webhookHandler: answer"]
        if it in end_on:
            y += ["  transitionToScene: actions.scene.END_CONVERSATION"]
    if noinput is not None:
        for k in (1, 2):
            y += [f"- intent: actions.intent.NO_INPUT_{k}", "  handler:", "    staticPrompt:", "      candidates:", "      - promptResponse:", "          firstSimple:", "            variants:",
                  f"            - speech: {yq(noinput)}"]
        y += ["- intent: actions.intent.NO_INPUT_FINAL", "  handler:", "    staticPrompt:", "      candidates:", "      - promptResponse:", "          firstSimple:", "            variants:",
              f"            - speech: {yq(noinput)}"]
    return "\n".join(y) + "\n"


def rec_scene(cdir, gturns, lang="en-US", sub="webhook-logs", tag=""):
    sess = "ABwppHH" + hx(cdir + tag, 20)
    for i, g in enumerate(gturns):
        req = {"handler": {"name": "main" if g.intent == "actions.intent.MAIN" else "answer"},
               "intent": {"name": g.intent, "params": {k: {"original": v, "resolved": v} for k, v in g.params.items()}, "query": g.user},
               "scene": {"name": g.scene, "slotFillingStatus": "UNSPECIFIED", "slots": {}, "next": {"name": g.scene}},
               "session": {"id": sess, "params": {}, "typeOverrides": [], "languageCode": ""},
               "user": {"locale": lang, "params": {}, "accountLinkingStatus": "ACCOUNT_LINKING_STATUS_UNSPECIFIED", "verificationStatus": "VERIFIED",
                        "packageEntitlements": [], "gaiamint": "", "permissions": [], "lastSeenTime": "2025-02-27T18:01:12Z"},
               "home": {"params": {}}, "device": {"capabilities": ["SPEECH", "RICH_RESPONSE", "LONG_FORM_AUDIO"], "timeZone": {"id": "Europe/Berlin", "version": ""}}}
        resp = {"session": {"id": sess, "params": {}}, "prompt": {"override": False, "firstSimple": {"speech": g.speech, "text": json.loads(json.dumps(g.speech)).replace("<speak>", "").replace("</speak>", "")}}}
        if g.media:
            resp["prompt"]["content"] = {"media": {"mediaType": "AUDIO", "startOffset": "0s", "optionalMediaControls": ["PAUSED", "STOPPED"],
                                                  "mediaObjects": [{"name": g.media[0], "url": g.media[1]}]}}
        resp["scene"] = {"name": g.scene, "slots": {}, "next": {"name": "actions.scene.END_CONVERSATION" if not g.keep else g.scene}}
        if g.permission:
            resp["scene"]["next"] = {"name": "AskPermission"}
        wj(os.path.join(cdir, sub, tag, f"{i + 1:02d}-request.json"), req)
        wj(os.path.join(cdir, sub, tag, f"{i + 1:02d}-response.json"), resp)


def action_json(cdir, display, invocation, lang="en", privacy=None, queries=(), conv="podcast", category="NEWS"):
    m = {"displayName": display, "invocationName": invocation, "category": category, "shortDescription": display, "longDescription": display + ".",
         "voiceName": "male_1", "companyName": "Audio Lab", "contactEmail": "hello@audio-lab.example"}
    if privacy:
        m["privacyUrl"] = privacy
    actions = [{"description": "Default welcome", "name": "MAIN", "fulfillment": {"conversationName": conv}, "intent": {"name": "actions.intent.MAIN", "trigger": {"queryPatterns": ["talk to " + invocation]}}}]
    for nm, params, pats in queries:
        actions.append({"description": nm, "name": nm.upper(), "fulfillment": {"conversationName": conv},
                        "intent": {"name": nm, "parameters": [{"name": p, "type": t} for p, t in params], "trigger": {"queryPatterns": pats}}})
    wj(os.path.join(cdir, "action.json"), {"actions": actions, "conversations": {conv: {"name": conv, "url": f"https://us-central1-{conv}-{hx(cdir, 4)}.cloudfunctions.net/fulfillment", "fulfillmentApiVersion": 2}},
                                           "locale": lang, "manifest": m})


def rec_conversation(cdir, gturns, lang="en-US", path="logs/conversation.jsonl"):
    cid = "1741" + hx(cdir, 9)
    lines = []
    for i, g in enumerate(gturns):
        req = {"user": {"userId": "ABwppHG" + hx(cdir + "u", 20), "locale": lang, "lastSeen": "2025-02-28T08:11:02Z", "userVerificationStatus": "VERIFIED"},
               "conversation": {"conversationId": cid, "type": "NEW" if i == 0 else "ACTIVE", "conversationToken": "[]"},
               "inputs": [{"intent": g.intent, "rawInputs": [{"inputType": "VOICE", "query": g.user}],
                           "arguments": [{"name": k, "rawText": v, "textValue": v} for k, v in g.params.items()]}],
               "surface": {"capabilities": [{"name": "actions.capability.AUDIO_OUTPUT"}, {"name": "actions.capability.MEDIA_RESPONSE_AUDIO"}]},
               "isInSandbox": True, "availableSurfaces": []}
        if g.keep:
            ip = {"richInitialPrompt": {"items": [{"simpleResponse": {"textToSpeech": g.speech}}]}}
            if g.noinput is not None:
                ip["noInputPrompts"] = [{"textToSpeech": n} for n in (g.noinput if isinstance(g.noinput, list) else [g.noinput])]
            pi = [{"intent": "actions.intent.TEXT"}]
            if g.permission:
                pi = [{"intent": "actions.intent.PERMISSION", "inputValueData": {"@type": "type.googleapis.com/google.actions.v2.PermissionValueSpec",
                                                                                "optContext": g.permission[1], "permissions": g.permission[0]}}]
            resp = {"expectUserResponse": True, "expectedInputs": [{"inputPrompt": ip, "possibleIntents": pi}], "conversationToken": "[]"}
        else:
            resp = {"expectUserResponse": False, "finalResponse": {"richResponse": {"items": [{"simpleResponse": {"textToSpeech": g.speech}}]}}}
        lines.append(json.dumps({"request": req, "response": resp}, ensure_ascii=False))
    wt(os.path.join(cdir, path), "\n".join(lines) + "\n")


def dialogflow_agent(cdir, display, lang="en", privacy=None, intents=(), invocation=None):
    agent = {"description": display, "language": lang, "shortDescription": "", "examples": "", "linkToDocs": "", "displayName": display,
             "disableInteractionLogs": False, "disableStackdriverLogs": True,
             "googleAssistant": {"googleAssistantCompatible": True, "project": os.path.basename(cdir)[6:] + "-" + hx(cdir, 4), "welcomeIntentSignInRequired": False,
                                 "startIntents": [], "systemIntents": [], "endIntentIds": [], "oAuthLinking": {"required": False, "providerId": "", "authorizationUrl": "", "tokenUrl": "", "scopes": "", "privacyPolicyUrl": privacy or "", "grantType": "AUTH_CODE_GRANT"},
                                 "voiceType": "MALE_1", "capabilities": [], "env": "", "protocolVersion": "V2", "autoPreviewEnabled": False, "isDeviceAgent": False},
             "defaultTimezone": "Europe/Madrid", "webhook": {"url": "https://df-hook.example-audio.net/webhook", "username": "", "headers": {}, "available": True, "useForDomains": False, "cloudFunctionsEnabled": False, "cloudFunctionsInitialized": False},
             "isPrivate": True, "mlMinConfidence": 0.3, "supportedLanguages": [], "enableOnePlatformApi": True, "onePlatformApiVersion": "v2", "apiVersion": "v2", "enableMultiLanguageAgent": False, "enableSpellCorrection": False}
    if invocation:
        agent["googleAssistant"]["invocationName"] = invocation
    wj(os.path.join(cdir, "agent.json"), agent)
    wj(os.path.join(cdir, "package.json"), {"version": "1.0.0"})
    for nm, params, phrases, speech in intents:
        wj(os.path.join(cdir, "intents", f"{nm}.json"), {"id": uid(cdir + nm), "name": nm, "auto": True, "contexts": [],
                                                         "responses": [{"resetContexts": False, "action": nm.lower().replace(" ", "."), "affectedContexts": [],
                                                                        "parameters": [{"id": uid(cdir + nm + p), "required": False, "dataType": t, "name": p, "value": "$" + p, "isList": False} for p, t in params],
                                                                        "messages": [{"type": 0, "lang": lang, "condition": "", "speech": speech}], "defaultResponsePlatforms": {}, "speech": []}],
                                                         "priority": 500000, "webhookUsed": True, "webhookForSlotFilling": False, "fallbackIntent": nm == "Default Fallback Intent", "events": [{"name": "WELCOME"}] if nm == "Default Welcome Intent" else []})
        us = []
        for ph in phrases:
            data = []
            # phrase parts: "text {param:@type} text"
            import re
            pos = 0
            for m in re.finditer(r"\{(\w+):(@[\w.\-]+)(?:=([^}]*))?\}", ph):
                if m.start() > pos:
                    data.append({"text": ph[pos:m.start()], "userDefined": False})
                data.append({"text": m.group(3) or "something", "alias": m.group(1), "meta": m.group(2), "userDefined": True})
                pos = m.end()
            if pos < len(ph):
                data.append({"text": ph[pos:], "userDefined": False})
            us.append({"id": uid(cdir + nm + ph), "data": data, "isTemplate": False, "count": 0, "lang": lang, "updated": 0})
        if us:
            wj(os.path.join(cdir, "intents", f"{nm}_usersays_{lang}.json"), us)


def rec_dialogflow(cdir, gturns, lang="en", path="fulfillment-logs/webhook.jsonl", tag=""):
    sess = f"projects/{os.path.basename(cdir)[6:]}-{hx(cdir, 4)}/agent/sessions/ABwppHE{hx(cdir + tag, 16)}"
    lines = []
    for i, g in enumerate(gturns):
        req = {"responseId": uid(cdir + tag + str(i)), "queryResult": {"queryText": g.user, "parameters": g.params, "allRequiredParamsPresent": True,
                                                                       "intent": {"name": f"{sess.split('/sessions')[0]}/intents/{uid(cdir + g.intent)}", "displayName": g.intent},
                                                                       "intentDetectionConfidence": 0.91, "languageCode": lang},
               "originalDetectIntentRequest": {"source": "google", "version": "2", "payload": {"user": {"locale": lang, "userVerificationStatus": "VERIFIED"},
                                                                                               "conversation": {"conversationId": sess[-20:], "type": "NEW" if i == 0 else "ACTIVE"},
                                                                                               "inputs": [{"intent": "actions.intent.MAIN" if i == 0 else "actions.intent.TEXT", "rawInputs": [{"inputType": "VOICE", "query": g.user}]}]}},
               "session": sess}
        google = {"expectUserResponse": g.keep, "richResponse": {"items": [{"simpleResponse": {"textToSpeech": g.speech}}]}}
        if g.media:
            google["richResponse"]["items"].append({"mediaResponse": {"mediaType": "AUDIO", "mediaObjects": [{"name": g.media[0], "contentUrl": g.media[1]}]}})
            google["richResponse"]["suggestions"] = [{"title": "Pause"}]
        if g.noinput is not None:
            google["noInputPrompts"] = [{"textToSpeech": n} for n in (g.noinput if isinstance(g.noinput, list) else [g.noinput])]
        if g.permission:
            google["systemIntent"] = {"intent": "actions.intent.PERMISSION", "data": {"@type": "type.googleapis.com/google.actions.v2.PermissionValueSpec",
                                                                                     "optContext": g.permission[1], "permissions": g.permission[0]}}
        resp = {"fulfillmentText": g.speech, "payload": {"google": google}}
        lines.append(json.dumps({"request": req, "response": resp}, ensure_ascii=False))
    wt(os.path.join(cdir, path), "\n".join(lines) + "\n")
