"""Turns the hand-written case descriptions (cases_*.py) into project folders and recordings.

A case is a dict:
  id, loc, plat ('alexa' | 'builder' | 'sdk2' | 'dialogflow'), inv (invocation name), name, desc,
  policy (URL or None), child (bool), perms (list), cat (store category),
  intents: [(name, {slot: type}, [samples])], types: {type: [values]},
  rec: [(relative path, shape, sessions)]  -- sessions = [[turn, ...], ...]
  versions: for drift, [(folder, overrides)] where overrides may replace any key above
  labels, why
A turn is the dict made by T(): user text, intent, slots, speech, reprompt, end, card.
"""
import hashlib, json, os, shutil
import yaml

def T(u, i, say, rp=None, end=None, s=None, card=None, perm=None, scene=None):
    return dict(u=u, i=i, say=say, rp=rp, end=end, s=s or {}, card=card, perm=perm, scene=scene)

def hx(*a, n=32):
    return hashlib.sha1("|".join(map(str, a)).encode()).hexdigest()[:n]

def uuid(*a):
    h = hx(*a)
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}"

def ssml(t):
    if t is None:
        return None
    return t if t.strip().startswith("<speak>") else f"<speak>{t}</speak>"

BUILTIN = ["AMAZON.CancelIntent", "AMAZON.HelpIntent", "AMAZON.StopIntent", "AMAZON.NavigateHomeIntent",
           "AMAZON.FallbackIntent"]
ALIAS = {"STOP": "AMAZON.StopIntent", "CANCEL": "AMAZON.CancelIntent", "HELP": "AMAZON.HelpIntent",
         "YES": "AMAZON.YesIntent", "NO": "AMAZON.NoIntent", "FALLBACK": "AMAZON.FallbackIntent"}

def wj(path, obj):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        json.dump(obj, f, ensure_ascii=False, indent=2)
        f.write("\n")

def wt(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)

def wy(path, obj):
    wt(path, yaml.safe_dump(obj, allow_unicode=True, sort_keys=False, width=1000))

# ---------------------------------------------------------------- projects
def alexa_project(c, d):
    loc = c["loc"]
    locs = [loc] + c.get("extra_locales", [])
    pi = {}
    for l in locs:
        pi[l] = {"summary": c["desc"][:160], "examplePhrases": c.get("examples") or [
                    f"Alexa, open {c['inv']}", f"Alexa, start {c['inv']}", f"Alexa, launch {c['inv']}"],
                 "name": c["name"], "description": c.get("long", c["desc"]),
                 "keywords": c.get("keywords", []),
                 "smallIconUri": f"https://s3.amazonaws.com/CAPS-SSE/echo_developer/{hx(c['id'], n=4)}/APP_ICON?versionId=small",
                 "largeIconUri": f"https://s3.amazonaws.com/CAPS-SSE/echo_developer/{hx(c['id'], n=4)}/APP_ICON_LARGE?versionId=large"}
    pc = {"allowsPurchases": False, "usesPersonalInfo": bool(c.get("perms") or c.get("personal")),
          "isChildDirected": bool(c.get("child")), "isExportCompliant": True, "containsAds": False}
    if c.get("policy"):
        pc["locales"] = {l: {"privacyPolicyUrl": c["policy"], "termsOfUseUrl": c.get("terms", c["policy"].rsplit("/", 1)[0] + "/terms")} for l in locs}
    man = {"publishingInformation": {"locales": pi, "isAvailableWorldwide": False,
                                      "testingInstructions": c.get("testing", "Open the skill and follow the prompts."),
                                      "category": c.get("cat", "GAMES"), "distributionCountries": c.get("countries", [loc[-2:]]),
                                      "automaticDistribution": {"isActive": False}},
           "apis": {"custom": {"endpoint": {"uri": f"arn:aws:lambda:eu-west-1:{int(hx(c['id'], n=8), 16) % 10**12:012d}:function:{c['id'][4:]}"}}},
           "manifestVersion": "1.0", "privacyAndCompliance": pc}
    if c.get("perms"):
        man["permissions"] = [{"name": p} for p in c["perms"]]
    if c.get("interfaces"):
        man["apis"]["custom"]["interfaces"] = [{"type": x} for x in c["interfaces"]]
    wj(f"{d}/skill-package/skill.json", {"manifest": man})
    for l in locs:
        model = c.get("models", {}).get(l) if l != loc else None
        intents = (model or c)["intents"]
        its = []
        for name, slots, samples in intents:
            its.append({"name": name, "slots": [{"name": k, "type": v} for k, v in slots.items()], "samples": samples})
        names = {x["name"] for x in its}
        for b in BUILTIN:
            if b not in names:
                its.append({"name": b, "samples": []})
        types = [{"name": k, "values": [{"name": {"value": v}} for v in vals]} for k, vals in (c.get("types") or {}).items()]
        inv = (model or {}).get("inv", c["inv"])
        wj(f"{d}/skill-package/interactionModels/custom/{l}.json",
           {"interactionModel": {"languageModel": {"invocationName": inv, "intents": its, "types": types}}})
    wj(f"{d}/ask-resources.json", {"askcliResourcesVersion": "2020-03-31", "profiles": {"default": {
        "skillMetadata": {"src": "./skill-package"},
        "code": {"default": {"src": "./lambda"}},
        "skillInfrastructure": {"type": "@ask-cli/lambda-deployer", "userConfig": {"runtime": "nodejs18.x", "handler": "index.handler"}}}}})
    if c.get("code"):
        wt(f"{d}/lambda/index.js", c["code"])


def builder_project(c, d):
    lang = c["loc"].split("-")[0] if c["loc"] not in ("pt-BR", "es-419", "fr-CA", "en-GB") else c["loc"]
    ls = {"displayName": c["name"], "pronunciation": c["inv"], "shortDescription": c["desc"][:80],
          "fullDescription": c.get("long", c["desc"]), "developerName": c.get("dev", "Hollin Labs"),
          "developerEmail": c.get("email", "dev@hollinlabs.example"), "sampleInvocations": c.get("examples") or [f"Talk to {c['inv']}"],
          "smallLogoImage": "$resources.images.square"}
    if c.get("policy"):
        ls["privacyPolicyUrl"] = c["policy"]
    wy(f"{d}/sdk/settings/settings.yaml", {"projectId": c["id"][4:] + "-a1b2", "defaultLocale": lang,
        "category": c.get("cat", "GAMES_AND_TRIVIA"), "usesTransactionsApi": False, "usesDigitalPurchaseApi": False,
        "designedForFamily": bool(c.get("child")), "localizedSettings": ls})
    wy(f"{d}/sdk/actions/actions.yaml", {"actions": {"actions.intent.MAIN": {}}})
    wy(f"{d}/sdk/custom/global/actions.intent.MAIN.yaml", {"handler": {"webhookHandler": "main"},
                                                            "transitionToScene": c.get("start_scene", "Start")})
    for name, slots, samples in c["intents"]:
        o = {"trainingPhrases": samples}
        if slots:
            o["parameters"] = [{"name": k, "type": {"name": v}} for k, v in slots.items()]
        wy(f"{d}/sdk/custom/intents/{name}.yaml", o)
    for tname, vals in (c.get("types") or {}).items():
        if vals == "FREE":
            wy(f"{d}/sdk/custom/types/{tname}.yaml", {"freeText": {}})
        else:
            wy(f"{d}/sdk/custom/types/{tname}.yaml", {"synonym": {"entities": {v.replace(" ", "_")[:40]: {"synonyms": [v]} for v in vals}}})
    ie = [{"intent": n, "handler": {"webhookHandler": "main"}} for n, _, _ in c["intents"]]
    scenes = {"Start": {"onEnter": {"webhookHandler": "main"}, "intentEvents": ie, "transitionToScene": "Main"} if False else
                        {"onEnter": {"webhookHandler": "main"}, "intentEvents": ie},
              "Main": {"intentEvents": ie + [{"intent": "actions.intent.NO_INPUT_FINAL", "transitionToScene": "actions.page.END_CONVERSATION"}]}}
    scenes.update(c.get("scenes") or {})
    for sname, sc in scenes.items():
        wy(f"{d}/sdk/custom/scenes/{sname}.yaml", sc)
    wy(f"{d}/sdk/webhooks/ActionsOnGoogleFulfillment.yaml", {"handlers": [{"name": "main"}],
        "inlineCloudFunction": {"executeFunction": "ActionsOnGoogleFulfillment"}})
    if c.get("code"):
        wt(f"{d}/sdk/webhooks/ActionsOnGoogleFulfillment/index.js", c["code"])


def sdk2_project(c, d):
    lang = c["loc"]
    acts = [{"description": "Default Welcome Intent", "name": "MAIN", "fulfillment": {"conversationName": "main"},
             "intent": {"name": "actions.intent.MAIN", "trigger": {"queryPatterns": c.get("examples") or [f"talk to {c['inv']}"]}}}]
    for name, slots, samples in c["intents"]:
        acts.append({"description": name, "name": name, "fulfillment": {"conversationName": "main"},
                     "intent": {"name": name, "parameters": [{"name": k, "type": v} for k, v in slots.items()],
                                "trigger": {"queryPatterns": samples}}})
    man = {"displayName": c["name"], "invocationName": c["inv"], "shortDescription": c["desc"][:80],
           "longDescription": c.get("long", c["desc"]), "category": c.get("cat", "GAMES_AND_TRIVIA"),
           "companyName": c.get("dev", "Hollin Labs"), "contactEmail": "dev@hollinlabs.example"}
    if c.get("policy"):
        man["privacyUrl"] = c["policy"]
    pkg = {"locale": lang, "manifest": man, "actions": acts,
           "conversations": {"main": {"name": "main", "url": f"https://europe-west1-{c['id'][4:]}.cloudfunctions.net/main",
                                      "fulfillmentApiVersion": 2}}}
    if c.get("types"):
        pkg["types"] = [{"name": k, "entities": [{"key": v, "synonyms": [v]} for v in vals] if vals != "FREE" else [],
                         "isUserDefined": vals == "FREE"} for k, vals in c["types"].items()]
    wj(f"{d}/action.json", pkg)
    if c.get("code"):
        wt(f"{d}/functions/index.js", c["code"])


def dialogflow_project(c, d):
    lang = c["loc"].split("-")[0].lower()
    wj(f"{d}/agent.json", {"description": c["desc"], "language": lang, "shortDescription": c["name"],
        "examples": "", "linkToDocs": "", "displayName": c["name"], "disableInteractionLogs": False,
        "disableStackdriverLogs": True, "googleAssistant": {"googleAssistantCompatible": True,
            "project": c["id"][4:], "welcomeIntentSignInRequired": False, "startIntents": [], "systemIntents": [],
            "endIntentIds": c.get("end_ids", []), "oAuthLinking": {"required": False, "providerId": "", "authorizationUrl": "",
            "tokenUrl": "", "scopes": "", "clientId": "", "clientSecret": "", "grantType": "AUTH_CODE_GRANT"},
            "voiceType": "MALE_1", "capabilities": [], "env": "", "protocolVersion": "V2",
            "autoPreviewEnabled": False, "isDeviceAgent": False},
        "defaultTimezone": c.get("tz", "Europe/Madrid"), "webhook": {"url": f"https://{c['id'][4:]}.example.net/fulfillment",
            "username": "", "headers": {}, "available": True, "useForDomains": False, "cloudFunctionsEnabled": False,
            "cloudFunctionsInitialized": False}, "isPrivate": True, "mlMinConfidence": 0.3,
        "supportedLanguages": [], "enableOnePlatformResponses": True, "onePlatformApiVersion": "v2",
        "analyzeQueryTextSentiment": False, "enabledKnowledgeBaseNames": [], "knowledgeServiceConfidenceAdjustment": 0.0,
        "dialogBuilderMode": False, "baseActionPackagesUrl": "", "enableSpellCorrection": False})
    wj(f"{d}/package.json", {"version": "1.0.0"})
    ints = [("Default Welcome Intent", {}, [], c.get("welcome", "")), ] + [(n, s, sm, "") for n, s, sm in c["intents"]]
    for name, slots, samples, text in ints:
        iid = uuid(c["id"], name)
        wj(f"{d}/intents/{name}.json", {"id": iid, "name": name, "auto": True, "contexts": [],
            "responses": [{"resetContexts": False, "action": name.lower().replace(" ", "."), "affectedContexts": [],
                           "parameters": [{"id": uuid(c['id'], name, k), "name": k, "required": False, "dataType": v,
                                           "value": "$" + k, "defaultValue": "", "isList": False, "prompts": [],
                                           "promptMessages": [], "noMatchPromptMessages": [], "noInputPromptMessages": [],
                                           "outputDialogContexts": []} for k, v in slots.items()],
                           "messages": [{"type": "0", "title": "", "textToSpeech": "", "lang": lang,
                                         "speech": [text] if text else [], "condition": ""}],
                           "speech": [], "endInteraction": name in c.get("end_intents", [])}],
            "priority": 500000, "webhookUsed": True, "webhookForSlotFilling": False, "fallbackIntent": False,
            "events": [{"name": "WELCOME"}, {"name": "GOOGLE_ASSISTANT_WELCOME"}] if name.startswith("Default Welcome") else [],
            "conditionalResponses": [], "condition": "", "conditionalFollowupEvents": []})
        if samples:
            us = []
            for j, smp in enumerate(samples):
                data = []
                rest = smp
                while "{" in rest:
                    pre, after = rest.split("{", 1)
                    slot, rest = after.split("}", 1)
                    if pre:
                        data.append({"text": pre, "userDefined": False})
                    data.append({"text": c.get("slot_examples", {}).get(slot, slot), "alias": slot,
                                 "meta": slots.get(slot, "@sys.any"), "userDefined": True})
                if rest:
                    data.append({"text": rest, "userDefined": False})
                us.append({"id": uuid(c["id"], name, j), "data": data, "isTemplate": False, "count": 0, "lang": lang,
                           "updated": 0})
            wj(f"{d}/intents/{name}_usersays_{lang}.json", us)
    for tname, vals in (c.get("types") or {}).items():
        wj(f"{d}/entities/{tname}.json", {"id": uuid(c["id"], tname), "name": tname, "isOverridable": True,
            "isEnum": False, "isRegexp": False, "automatedExpansion": vals == "FREE", "allowFuzzyExtraction": False})
        if vals != "FREE":
            wj(f"{d}/entities/{tname}_entries_{lang}.json", [{"value": v, "synonyms": [v]} for v in vals])


# ---------------------------------------------------------------- Alexa envelopes
class Ctx:
    def __init__(self, c, tag):
        self.c, self.tag = c, tag
        self.app = "amzn1.ask.skill." + uuid(c["id"], "app")
        self.user = "amzn1.ask.account." + hx(c["id"], "user", n=40).upper() + hx(c["id"], "u2", n=20).upper()
        self.dev = "amzn1.ask.device." + hx(c["id"], "dev", n=40).upper()
        self.day = c.get("day", "2025-03-%02d" % (1 + int(hx(c["id"], n=4), 16) % 27))

    def ts(self, si, ti, base=None):
        h = 18 + si % 4
        m = (7 + ti * 1) % 60
        s = (11 + ti * 13) % 60
        return f"{base or self.day}T{h:02d}:{m:02d}:{s:02d}Z"


def alexa_req(ctx, si, ti, t, attrs=None, day=None):
    sid = "amzn1.echo-api.session." + uuid(ctx.c["id"], ctx.tag, "s", si)
    rid = "amzn1.echo-api.request." + uuid(ctx.c["id"], ctx.tag, "r", si, ti)
    loc = ctx.c.get("rec_loc", ctx.c["loc"])
    i = ALIAS.get(t["i"], t["i"])
    if i == "LAUNCH":
        r = {"type": "LaunchRequest", "requestId": rid, "locale": loc, "timestamp": ctx.ts(si, ti, day)}
    elif i == "ENDED":
        r = {"type": "SessionEndedRequest", "requestId": rid, "locale": loc, "timestamp": ctx.ts(si, ti, day),
             "reason": t.get("say") or "USER_INITIATED"}
    else:
        r = {"type": "IntentRequest", "requestId": rid, "locale": loc, "timestamp": ctx.ts(si, ti, day),
             "dialogState": "STARTED" if False else None,
             "intent": {"name": i, "confirmationStatus": "NONE",
                        "slots": {k: {"name": k, "value": v, "confirmationStatus": "NONE", "source": "USER"} for k, v in t["s"].items()}}}
        r.pop("dialogState")
    sys_ = {"application": {"applicationId": ctx.app}, "user": {"userId": ctx.user},
            "device": {"deviceId": ctx.dev, "supportedInterfaces": {"Display": {}} if ctx.c.get("display") else {}},
            "apiEndpoint": "https://api.eu.amazonalexa.com" if not loc.startswith("en-US") else "https://api.amazonalexa.com",
            "apiAccessToken": "eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.REDACTED"}
    return {"version": "1.0", "session": {"new": ti == 0, "sessionId": sid, "application": {"applicationId": ctx.app},
                                          "user": {"userId": ctx.user}, "attributes": attrs or {}},
            "context": {"System": sys_}, "request": r}


def alexa_resp(ctx, t):
    if ALIAS.get(t["i"], t["i"]) == "ENDED":
        return {"version": "1.0", "response": {}}
    r = {}
    if t["say"] is not None:
        r["outputSpeech"] = {"type": "SSML", "ssml": ssml(t["say"])}
    if t["card"]:
        title, text = t["card"]
        r["card"] = {"type": "Simple", "title": title, "content": text}
    if t["perm"]:
        r["card"] = {"type": "AskForPermissionsConsent", "permissions": t["perm"]}
    if t["rp"] is not None:
        r["reprompt"] = {"outputSpeech": {"type": "SSML", "ssml": ssml(t["rp"])}}
    if t["end"] is not None:
        r["shouldEndSession"] = t["end"]
    return {"version": "1.0", "sessionAttributes": {}, "userAgent": "ask-node/2.14.0 Node/v18.18.2", "response": r}


def alexa_pairs(ctx, sessions, day=None):
    out = []
    for si, sess in enumerate(sessions):
        for ti, t in enumerate(sess):
            out.append((alexa_req(ctx, si, ti, t, day=day), alexa_resp(ctx, t), t))
    return out

# ---------------------------------------------------------------- Google envelopes
def g_text(t):
    return t if t is None else t


def gconv_pairs(ctx, sessions, day=None):
    out = []
    loc = ctx.c["loc"]
    for si, sess in enumerate(sessions):
        cid = hx(ctx.c["id"], ctx.tag, si, n=30).upper()
        for ti, t in enumerate(sess):
            i = {"LAUNCH": "actions.intent.MAIN", "CANCEL": "actions.intent.CANCEL", "STOP": "actions.intent.CANCEL"}.get(t["i"], t["i"])
            args = [{"name": k, "rawText": v, "textValue": v} for k, v in t["s"].items()]
            if i == "actions.intent.MAIN":
                args = []
            req = {"user": {"locale": loc, "lastSeen": ctx.ts(si, ti, day), "userVerificationStatus": "VERIFIED"},
                   "conversation": {"conversationId": cid, "type": "NEW" if ti == 0 else "ACTIVE",
                                    **({"conversationToken": "[]"} if ti else {})},
                   "inputs": [{"intent": i, "rawInputs": [{"inputType": "VOICE", "query": t["u"]}], "arguments": args}],
                   "surface": {"capabilities": [{"name": "actions.capability.AUDIO_OUTPUT"}, {"name": "actions.capability.MEDIA_RESPONSE_AUDIO"}]},
                   "isInSandbox": True, "availableSurfaces": [], "requestType": "SIMULATOR"}
            items = [{"simpleResponse": {"textToSpeech": ssml(t["say"])}}]
            if t["card"]:
                items.append({"basicCard": {"title": t["card"][0], "formattedText": t["card"][1]}})
            keep = t["end"] is False or (t["end"] is None and t["rp"] is not None)
            resp = {"expectUserResponse": keep}
            if keep:
                ei = {"inputPrompt": {"richInitialPrompt": {"items": items}}}
                if t["rp"] is not None:
                    ei["inputPrompt"]["noInputPrompts"] = [{"ssml": ssml(t["rp"])}] * 3
                pi = [{"intent": "actions.intent.TEXT"}]
                if t["perm"]:
                    pi = [{"intent": "actions.intent.PERMISSION", "inputValueData": {
                        "@type": "type.googleapis.com/google.actions.v2.PermissionValueSpec",
                        "optContext": t["perm"][0], "permissions": t["perm"][1:]}}]
                ei["possibleIntents"] = pi
                resp["expectedInputs"] = [ei]
            else:
                resp["finalResponse"] = {"richResponse": {"items": items}}
            resp["conversationToken"] = "[]"
            out.append((req, resp, t))
    return out


def df_pairs(ctx, sessions, day=None):
    out = []
    c = ctx.c
    lang = c["loc"].split("-")[0]
    for si, sess in enumerate(sessions):
        sid = f"projects/{c['id'][4:]}/agent/sessions/ABwppHG{hx(c['id'], ctx.tag, si, n=24)}"
        for ti, t in enumerate(sess):
            iname = {"LAUNCH": "Default Welcome Intent", "CANCEL": "Cancel", "STOP": "Stop"}.get(t["i"], t["i"])
            req = {"responseId": uuid(c["id"], ctx.tag, si, ti) + "-" + hx(c["id"], n=8), "queryResult": {
                       "queryText": "GOOGLE_ASSISTANT_WELCOME" if t["i"] == "LAUNCH" else t["u"],
                       "parameters": t["s"], "allRequiredParamsPresent": True,
                       "fulfillmentMessages": [{"text": {"text": [""]}}],
                       "intent": {"name": f"projects/{c['id'][4:]}/agent/intents/{uuid(c['id'], iname)}", "displayName": iname},
                       "intentDetectionConfidence": 1, "languageCode": lang},
                   "originalDetectIntentRequest": {"source": "google", "version": "2", "payload": {
                       "user": {"locale": c["loc"], "userVerificationStatus": "VERIFIED"},
                       "conversation": {"conversationId": sid.rsplit("/", 1)[-1], "type": "NEW" if ti == 0 else "ACTIVE"},
                       "inputs": [{"intent": "actions.intent.MAIN" if t["i"] == "LAUNCH" else "actions.intent.TEXT",
                                   "rawInputs": [{"inputType": "VOICE", "query": t["u"]}]}],
                       "surface": {"capabilities": [{"name": "actions.capability.AUDIO_OUTPUT"}]}, "isInSandbox": True}},
                   "session": sid}
            keep = t["end"] is False or (t["end"] is None and t["rp"] is not None)
            items = [{"simpleResponse": {"textToSpeech": ssml(t["say"])}}]
            if t["card"]:
                items.append({"basicCard": {"title": t["card"][0], "formattedText": t["card"][1]}})
            g = {"expectUserResponse": keep, "richResponse": {"items": items}}
            if t["rp"] is not None:
                g["noInputPrompts"] = [{"ssml": ssml(t["rp"])}]
            if t["perm"]:
                g["systemIntent"] = {"intent": "actions.intent.PERMISSION", "data": {
                    "@type": "type.googleapis.com/google.actions.v2.PermissionValueSpec",
                    "optContext": t["perm"][0], "permissions": t["perm"][1:]}}
            resp = {"fulfillmentText": t["say"], "payload": {"google": g}}
            out.append((req, resp, t))
    return out


def scene_pairs(ctx, sessions, day=None):
    out = []
    c = ctx.c
    for si, sess in enumerate(sessions):
        sid = "ABwppHF" + hx(c["id"], ctx.tag, si, n=40)
        for ti, t in enumerate(sess):
            iname = {"LAUNCH": "actions.intent.MAIN", "CANCEL": "actions.intent.CANCEL", "STOP": "actions.intent.CANCEL"}.get(t["i"], t["i"])
            scene = t["scene"] or ("actions.page.END_CONVERSATION" if t["end"] else "Main")
            keep = t["end"] is False or (t["end"] is None and t["rp"] is not None) or scene != "actions.page.END_CONVERSATION" and not t["end"]
            req = {"handler": {"name": "main"},
                   "intent": {"name": iname, "params": {k: {"original": v, "resolved": v} for k, v in t["s"].items()}, "query": t["u"]},
                   "scene": {"name": "Start" if ti == 0 else "Main", "slotFillingStatus": "UNSPECIFIED", "slots": {}, "next": {"name": "Main"}},
                   "session": {"id": sid, "params": {}, "typeOverrides": [], "languageCode": ""},
                   "user": {"locale": c["loc"], "params": {}, "accountLinkingStatus": "ACCOUNT_LINKING_STATUS_UNSPECIFIED",
                            "verificationStatus": "VERIFIED", "packageEntitlements": [], "gaiamint": "", "permissions": [],
                            "lastSeenTime": ctx.ts(si, ti, day)},
                   "home": {"params": {}}, "device": {"capabilities": ["SPEECH", "RICH_RESPONSE", "LONG_FORM_AUDIO"]}}
            prompt = {"override": False, "firstSimple": {"speech": ssml(t["say"]), "text": ""}}
            if t["card"]:
                prompt["content"] = {"card": {"title": t["card"][0], "text": t["card"][1]}}
            resp = {"session": {"id": sid, "params": {}}, "prompt": prompt,
                    "scene": {"name": "Main", "slots": {}, "next": {"name": scene if not keep else (t["scene"] or "Main")}}}
            out.append((req, resp, t))
    return out


def pairs_for(ctx, sessions, day=None):
    p = ctx.c["plat"]
    if p == "alexa":
        return alexa_pairs(ctx, sessions, day)
    if p == "sdk2":
        return gconv_pairs(ctx, sessions, day)
    if p == "dialogflow":
        return df_pairs(ctx, sessions, day)
    return scene_pairs(ctx, sessions, day)

# ---------------------------------------------------------------- Jest pretty-format
def pf(o, ind=0):
    sp = "  " * ind
    if isinstance(o, dict):
        if not o:
            return "Object {}"
        s = "Object {\n"
        for k in o:
            s += f"{sp}  {json.dumps(k, ensure_ascii=False)}: {pf(o[k], ind + 1)},\n"
        return s + sp + "}"
    if isinstance(o, list):
        if not o:
            return "Array []"
        s = "Array [\n"
        for v in o:
            s += f"{sp}  {pf(v, ind + 1)},\n"
        return s + sp + "]"
    if isinstance(o, str):
        return json.dumps(o, ensure_ascii=False).replace("`", "\\`")
    if o is None:
        return "null"
    return json.dumps(o)

# ---------------------------------------------------------------- writers per shape
def speak_plain(x):
    import re
    if x is None:
        return ""
    return re.sub(r"<[^>]+>", "", x)


def write_recording(c, d, rel, shape, sessions, tag, day=None):
    ctx = Ctx(c, tag)
    if day:
        ctx.day = day
    path = os.path.join(d, rel)
    pairs = pairs_for(ctx, sessions, day)
    name = c["name"]
    if shape == "envelope":
        for k, (rq, rs, t) in enumerate(pairs):
            wj(os.path.join(path, f"{k + 1:02d}-{(t['i'] if t['i'] != 'LAUNCH' else 'launch').split('.')[-1].lower()}.json"), rs)
    elif shape == "pairs-jsonl":
        wt(path, "".join(json.dumps({"request": rq, "response": rs}, ensure_ascii=False) + "\n" for rq, rs, t in pairs))
    elif shape == "pairs-array":
        wj(path, [{"request": rq, "response": rs} for rq, rs, t in pairs])
    elif shape in ("smapi-simulation", "smapi-invocation"):
        arr = []
        for k, (rq, rs, t) in enumerate(pairs):
            sid = uuid(c["id"], tag, "sim", k)
            ep = f"arn:aws:lambda:eu-west-1:000000000000:function:{c['id'][4:]}"
            if shape == "smapi-simulation":
                o = {"id": sid, "status": "SUCCESSFUL", "result": {
                    "alexaExecutionInfo": {"alexaResponses": [{"type": "Speech", "content": {"caption": speak_plain(rs["response"].get("outputSpeech", {}).get("ssml"))}}],
                                           "consideredIntents": [{"name": rq["request"].get("intent", {}).get("name", rq["request"]["type"]), "confirmationStatus": "NONE", "slots": {}}]},
                    "skillExecutionInfo": {"invocations": [{"invocationRequest": {"endpoint": ep, "body": rq},
                                                            "invocationResponse": {"body": rs}, "metrics": {"skillExecutionTimeInMilliseconds": 180 + k}}]},
                    "error": None}}
            else:
                o = {"id": sid, "status": "SUCCEEDED", "result": {"skillExecutionInfo": {
                    "invocationRequest": {"endpoint": ep, "body": rq}, "invocationResponse": {"body": rs},
                    "metrics": {"skillExecutionTimeInMilliseconds": 150 + k}}, "error": None}}
            arr.append((t, o))
        for k, (t, o) in enumerate(arr):
            wj(os.path.join(path, f"{shape.split('-')[1][:3]}-{k + 1:02d}.json"), o)
    elif shape == "ask-dialog":
        utter = [t["u"] for rq, rs, t in pairs]
        wj(os.path.join(path, "replay.json"), {"skillId": ctx.app, "locale": c["loc"], "type": "text", "userInput": utter})
        if c.get("dialog_text"):
            lines = []
            for rq, rs, t in pairs:
                lines.append(f"User  > {t['u']}")
                lines.append(f"Alexa > {speak_plain(rs['response'].get('outputSpeech', {}).get('ssml'))}")
            wt(os.path.join(path, "dialog-output.txt"), "\n".join(lines) + "\n")
        else:
            wj(os.path.join(path, "dialog-output.json"), [{"utterance": t["u"], "invocations": [{"invocationRequest": {"body": rq}, "invocationResponse": {"body": rs}}]} for rq, rs, t in pairs])
    elif shape == "cloudwatch-text":
        lines = []
        for k, (rq, rs, t) in enumerate(pairs):
            rid = uuid(c["id"], tag, "lambda", k)
            ts = rq["request"]["timestamp"].replace("Z", ".412Z")
            kw = c.get("cw_kw", ("Request: ", "Response: "))
            lines.append(f"START RequestId: {rid} Version: $LATEST")
            if c.get("cw_py"):
                lines.append(f"[INFO]\t{ts}\t{rid}\t{kw[0]}{json.dumps(rq, ensure_ascii=False)}")
                lines.append(f"[INFO]\t{ts}\t{rid}\t{kw[1]}{json.dumps(rs, ensure_ascii=False)}")
            else:
                lines.append(f"{ts}\t{rid}\tINFO\t{kw[0]}{json.dumps(rq, ensure_ascii=False)}")
                lines.append(f"{ts}\t{rid}\tINFO\t{kw[1]}{json.dumps(rs, ensure_ascii=False)}")
            lines.append(f"END RequestId: {rid}")
            lines.append(f"REPORT RequestId: {rid}\tDuration: {41 + k}.17 ms\tBilled Duration: {42 + k} ms\tMemory Size: 256 MB\tMax Memory Used: 88 MB")
        wt(path, "\n".join(lines) + "\n")
    elif shape == "cloudwatch-json":
        ev = []
        for k, (rq, rs, t) in enumerate(pairs):
            rid = uuid(c["id"], tag, "lambda", k)
            base = 1740000000000 + k * 9000
            for j, (kw, o) in enumerate((("Request: ", rq), ("Response: ", rs))):
                ev.append({"logStreamName": f"2025/03/11/[$LATEST]{hx(c['id'], tag, n=32)}", "timestamp": base + j,
                           "message": f"{rq['request']['timestamp']}\t{rid}\tINFO\t{kw}{json.dumps(o, ensure_ascii=False)}\n",
                           "ingestionTime": base + 600, "eventId": str(37000000000000000000000000000000000000000000000000000000 + k * 2 + j)})
        wj(path, {"events": ev, "searchedLogStreams": []})
    elif shape in ("har", "charles-session"):
        url = c.get("endpoint_url", f"https://{c['id'][4:]}.eu.ngrok.io/alexa")
        if shape == "har":
            ents = []
            for k, (rq, rs, t) in enumerate(pairs):
                ents.append({"startedDateTime": ctx.ts(0, k).replace("Z", ".000Z"), "time": 190 + k,
                             "request": {"method": "POST", "url": url, "httpVersion": "HTTP/1.1",
                                         "headers": [{"name": "Content-Type", "value": "application/json; charset=utf-8"},
                                                     {"name": "SignatureCertChainUrl", "value": "https://s3.amazonaws.com/echo.api/echo-api-cert-12.pem"}],
                                         "queryString": [], "cookies": [], "headersSize": -1, "bodySize": -1,
                                         "postData": {"mimeType": "application/json", "text": json.dumps(rq, ensure_ascii=False)}},
                             "response": {"status": 200, "statusText": "OK", "httpVersion": "HTTP/1.1", "headers": [], "cookies": [],
                                          "content": {"size": -1, "mimeType": "application/json", "text": json.dumps(rs, ensure_ascii=False)},
                                          "redirectURL": "", "headersSize": -1, "bodySize": -1},
                             "cache": {}, "timings": {"send": 0, "wait": 180, "receive": 1}})
            wj(path, {"log": {"version": "1.2", "creator": {"name": "Firefox", "version": "124.0"}, "pages": [], "entries": ents}})
        else:
            host = url.split("/")[2]
            arr = []
            for k, (rq, rs, t) in enumerate(pairs):
                b1, b2 = json.dumps(rq, ensure_ascii=False), json.dumps(rs, ensure_ascii=False)
                arr.append({"status": "COMPLETE", "method": "POST", "protocolVersion": "HTTP/1.1", "scheme": "https",
                            "host": host, "actualPort": 443, "path": "/" + url.split("/", 3)[3], "query": None, "tunnel": False,
                            "keptAlive": True, "webSocket": False, "remoteAddress": f"{host}/3.125.102.{40 + k}", "clientAddress": "/127.0.0.1",
                            "times": {"start": ctx.ts(0, k).replace("Z", ".000+00:00")},
                            "request": {"sizes": {"headers": 310, "body": len(b1)}, "mimeType": "application/json", "charset": "utf-8",
                                        "contentEncoding": None, "header": {"firstLine": f"POST /{url.split('/', 3)[3]} HTTP/1.1",
                                        "headers": [{"name": "Host", "value": host}, {"name": "Content-Type", "value": "application/json; charset=utf-8"}]},
                                        "body": {"text": b1, "charset": "utf-8"}},
                            "response": {"status": 200, "sizes": {"headers": 180, "body": len(b2)}, "mimeType": "application/json",
                                         "charset": "utf-8", "contentEncoding": None,
                                         "header": {"firstLine": "HTTP/1.1 200 OK", "headers": [{"name": "Content-Type", "value": "application/json"}]},
                                         "body": {"text": b2, "charset": "utf-8"}}})
            wj(path, arr)
    elif shape == "transcript":
        lines = [f"# QA transcript — {name} ({c['loc']})"]
        k = 0
        for si, sess in enumerate(sessions):
            lines.append(f"--- session {si + 1} ---")
            for ti, t in enumerate(sess):
                ts = ctx.ts(si, ti, day)
                lines.append(f"[{ts}] USER: {t['u']}")
                lines.append(f"[{ts}] SKILL: {speak_plain(t['say'])}")
                if t["card"]:
                    lines.append(f"[{ts}] CARD: {t['card'][0]} — {t['card'][1]}")
                if t["rp"] is not None:
                    lines.append(f"[{ts}] REPROMPT: {t['rp']}")
                keep = t["end"] is False or (t["end"] is None and t["rp"] is not None)
                lines.append(f"[{ts}] session_open={'true' if keep else 'false'}")
        wt(path, "\n".join(lines) + "\n")
    elif shape == "jest-snapshot":
        parts = ["// Jest Snapshot v1, https://goo.gl/fbAQLP\n"]
        for k, (rq, rs, t) in enumerate(pairs):
            label = (t['u'] or 'launch').replace('`', "'")
            parts.append(f"exports[`{c['name']} conversation turn {k + 1}: {label} 1`] = `\n{pf({'request': rq, 'response': rs})}\n`;\n")
        wt(path, "\n".join(parts))
    elif shape == "junit-xml":
        from xml.sax.saxutils import escape
        cases = []
        for k, (rq, rs, t) in enumerate(pairs):
            body = f"REQUEST {json.dumps(rq, ensure_ascii=False)}\nRESPONSE {json.dumps(rs, ensure_ascii=False)}"
            cases.append(f'    <testcase classname="{escape(c["id"][4:])}.dialog" name="turn {k + 1}: {escape(t["u"] or "launch", {chr(34): "&quot;"})}" time="0.{210 + k}">\n'
                         f'      <system-out><![CDATA[{body}]]></system-out>\n    </testcase>')
        wt(path, '<?xml version="1.0" encoding="UTF-8"?>\n'
                 f'<testsuites name="jest tests" tests="{len(cases)}" failures="0" errors="0" time="2.113">\n'
                 f'  <testsuite name="{escape(c["name"])} dialog" errors="0" failures="0" skipped="0" timestamp="{ctx.day}T09:12:44" time="2.113" tests="{len(cases)}">\n'
                 + "\n".join(cases) + "\n  </testsuite>\n</testsuites>\n")
    elif shape == "botium-convo":
        for si, sess in enumerate(sessions):
            lines = [f"{c['id'][4:]} session {si + 1}", ""]
            for t in sess:
                lines += ["#me", t["u"] if t["i"] != "LAUNCH" else f"open {c['inv']}" if not t["u"] else t["u"], ""]
                lines += ["#bot", speak_plain(t["say"])]
                if t["card"]:
                    lines += [f"CARDS {t['card'][0]}|{t['card'][1]}"]
                lines += [""]
            wt(os.path.join(path, f"session{si + 1}.convo.txt"), "\n".join(lines))
    elif shape == "jupyter-notebook":
        cells = [{"cell_type": "markdown", "metadata": {}, "source": [f"# {c['name']} — endpoint replay\n", "Requests replayed against the dev endpoint; responses printed below.\n"]},
                 {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [],
                  "source": ["import json, requests\n", f"URL = 'https://{c['id'][4:]}.eu.ngrok.io/alexa'\n",
                             "def invoke(env):\n", "    r = requests.post(URL, json=env)\n", "    print(json.dumps(r.json(), ensure_ascii=False, indent=1))\n", "    return r.json()\n"]}]
        for k, (rq, rs, t) in enumerate(pairs):
            cells.append({"cell_type": "code", "execution_count": k + 2, "metadata": {},
                          "source": [f"req{k} = {json.dumps(rq, ensure_ascii=False)}\n", f"resp{k} = invoke(req{k})"],
                          "outputs": [{"name": "stdout", "output_type": "stream",
                                       "text": [l + "\n" for l in json.dumps(rs, ensure_ascii=False, indent=1).split("\n")]}]})
        wj(path, {"cells": cells, "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
                                               "language_info": {"name": "python", "version": "3.11.6"}},
                  "nbformat": 4, "nbformat_minor": 5})
    elif shape == "postman-collection":
        items = []
        for k, (rq, rs, t) in enumerate(pairs):
            reqo = {"method": "POST", "header": [{"key": "Content-Type", "value": "application/json"}],
                    "body": {"mode": "raw", "raw": json.dumps(rq, ensure_ascii=False, indent=2), "options": {"raw": {"language": "json"}}},
                    "url": {"raw": "{{endpoint}}/alexa", "host": ["{{endpoint}}"], "path": ["alexa"]}}
            items.append({"name": f"{k + 1:02d} {t['u'] or 'launch'}", "request": reqo,
                          "response": [{"name": "saved 200", "originalRequest": reqo, "status": "OK", "code": 200,
                                        "_postman_previewlanguage": "json", "header": [{"key": "Content-Type", "value": "application/json"}],
                                        "cookie": [], "body": json.dumps(rs, ensure_ascii=False, indent=2)}]})
        wj(path, {"info": {"_postman_id": uuid(c["id"], tag, "pm"), "name": f"{c['name']} — dialog",
                           "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
                  "item": items, "variable": [{"key": "endpoint", "value": f"https://{c['id'][4:]}.eu.ngrok.io"}]})
    elif shape in ("gactions-conversation", "dialogflow-webhook", "gactions-scene"):
        recs = [{"request": rq, "response": rs} for rq, rs, t in pairs]
        if path.endswith(".jsonl"):
            wt(path, "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs))
        else:
            wj(path, recs)
    else:
        raise ValueError(shape)


def build_case(c, root):
    d = os.path.join(root, "cases", c["id"])
    {"alexa": alexa_project, "builder": builder_project, "sdk2": sdk2_project, "dialogflow": dialogflow_project}[c["plat"]](c, d)
    for k, r in enumerate(c["rec"]):
        rel, shape, sessions = r[:3]
        day = r[3] if len(r) > 3 else c.get("day")
        write_recording(c, d, rel, shape, sessions, f"r{k}", day)


def C(id, loc, plat, inv, name, desc, intents, rec, labels, why, policy=None, **kw):
    c = dict(id=id, loc=loc, plat=plat, inv=inv, name=name, desc=desc, intents=intents, rec=rec,
             labels=sorted(labels), why=why, policy=policy)
    c.update(kw)
    return c

SIL = '<speak><break time="10s"/></speak>'
