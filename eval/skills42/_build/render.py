"""Turns the hand-written case descriptions (cases_*.py) into project folders.

Nothing here invents content: every sentence, sample and slot comes from the case files.
This module only lays the descriptions out as ASK CLI packages, Actions Builder / Actions SDK v2 /
Dialogflow projects, and as recordings in the shapes listed in README.md.
"""
import base64, csv, datetime, hashlib, io, json, os, uuid
import yaml

OUT = None  # set by gen.py


# ---------------------------------------------------------------- helpers
def hx(seed, n=32):
    return hashlib.sha256(seed.encode()).hexdigest()[:n]


def uid(seed):
    h = hx(seed, 32)
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}"


def write(path, data):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    if isinstance(data, (dict, list)):
        data = json.dumps(data, indent=2, ensure_ascii=False) + "\n"
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(data)


def ydump(obj):
    return yaml.safe_dump(obj, allow_unicode=True, sort_keys=False, width=1000)


def ts(base, sec):
    d = datetime.datetime.fromisoformat(base) + datetime.timedelta(seconds=sec)
    return d.strftime("%Y-%m-%dT%H:%M:%SZ")


def speech(text):
    if text is None:
        return None
    if text.startswith("<speak>"):
        return {"type": "SSML", "ssml": text}
    return {"type": "SSML", "ssml": f"<speak>{text}</speak>"}


def T(user, intent, say, rep=None, end=None, slots=None, card=None, reason=None):
    """one Alexa turn. intent: LaunchRequest | SessionEndedRequest | intent name."""
    return dict(user=user, intent=intent, say=say, rep=rep, end=end, slots=slots or {}, card=card, reason=reason)


def G(user, intent, say, noinput=None, expect=True, slots=None, scene="Main", nxt=None, perm=None,
      handler=None, card=None, signin=False):
    """one Google turn (rendered to SDK v2 / Dialogflow / Builder webhook shapes)."""
    return dict(user=user, intent=intent, say=say, noinput=noinput, expect=expect, slots=slots or {},
                scene=scene, nxt=nxt, perm=perm, handler=handler, card=card, signin=signin)


# ---------------------------------------------------------------- Alexa package
BUILTINS = ["AMAZON.CancelIntent", "AMAZON.HelpIntent", "AMAZON.StopIntent", "AMAZON.NavigateHomeIntent",
            "AMAZON.FallbackIntent", "AMAZON.YesIntent", "AMAZON.NoIntent"]


def alexa_model(inv, intents, types):
    ints = []
    for it in intents:
        name, samples = it[0], it[1]
        slots = it[2] if len(it) > 2 else []
        d = {"name": name}
        if slots:
            d["slots"] = [{"name": s, "type": t} for s, t in slots]
        d["samples"] = samples
        ints.append(d)
    for b in BUILTINS:
        if not any(i["name"] == b for i in ints):
            ints.append({"name": b, "samples": []})
    tys = []
    for tname, vals in (types or []):
        tys.append({"name": tname, "values": [{"name": {"value": v}} for v in vals]})
    lm = {"invocationName": inv, "intents": ints}
    if tys:
        lm["types"] = tys
    return {"interactionModel": {"languageModel": lm}}


def alexa_package(cdir, p):
    cid = os.path.basename(cdir)
    locs = {}
    for loc, m in p["models"].items():
        locs[loc] = {
            "summary": m.get("summary", p.get("summary", "")),
            "examplePhrases": m.get("examples", [])[:3],
            "name": m.get("name", p["name"]),
            "description": m.get("description", p.get("description", "")),
            "keywords": m.get("keywords", []),
            "smallIconUri": f"https://s3.amazonaws.com/CAPS-SSE/echo_developer/{hx(cid, 4)}/APP_ICON?versionId=small",
            "largeIconUri": f"https://s3.amazonaws.com/CAPS-SSE/echo_developer/{hx(cid, 4)}/APP_ICON_LARGE?versionId=large",
        }
    pac = {"allowsPurchases": False, "usesPersonalInfo": bool(p.get("personal")), "isChildDirected": bool(p.get("child")),
           "isExportCompliant": True, "containsAds": False}
    if p.get("privacy") or p.get("terms"):
        pac["locales"] = {}
        for loc in p["models"]:
            d = {}
            if p.get("privacy"):
                d["privacyPolicyUrl"] = p["privacy"]
            if p.get("terms"):
                d["termsOfUseUrl"] = p["terms"]
            pac["locales"][loc] = d
    manifest = {
        "publishingInformation": {
            "locales": locs,
            "isAvailableWorldwide": False,
            "testingInstructions": p.get("testing", "Open the skill and follow the prompts."),
            "category": p.get("category", "LIFESTYLE"),
            "distributionCountries": p.get("countries", []),
            "automaticDistribution": {"isActive": False},
        },
        "apis": {"custom": {"endpoint": {"uri": f"arn:aws:lambda:{p.get('region', 'us-east-1')}:{int(hx(cid, 10), 16) % 10**12:012d}:function:{cid[4:]}"}}},
        "manifestVersion": "1.0",
        "privacyAndCompliance": pac,
    }
    if p.get("interfaces"):
        manifest["apis"]["custom"]["interfaces"] = [{"type": i} for i in p["interfaces"]]
    if p.get("perms"):
        manifest["permissions"] = [{"name": x} for x in p["perms"]]
    if p.get("events"):
        manifest["events"] = p["events"]
    write(os.path.join(cdir, "skill-package", "skill.json"), {"manifest": manifest})
    for loc, m in p["models"].items():
        write(os.path.join(cdir, "skill-package", "interactionModels", "custom", f"{loc}.json"),
              alexa_model(m["inv"], m["intents"], m.get("types")))
    if p.get("account_linking"):
        al = p["account_linking"]
        write(os.path.join(cdir, "skill-package", "accountLinking.json"), {"accountLinkingRequest": {
            "type": "AUTH_CODE", "authorizationUrl": al, "accessTokenUrl": al.rsplit("/", 1)[0] + "/token",
            "clientId": "alexa-" + hx(cid, 8), "scopes": ["accounts:read"], "domains": [],
            "accessTokenScheme": "HTTP_BASIC", "skipOnEnablement": False}})
    write(os.path.join(cdir, "ask-resources.json"), {"askcliResourcesVersion": "2020-03-31", "profiles": {"default": {
        "skillMetadata": {"src": "./skill-package"},
        "code": {"default": {"src": "./lambda"}},
        "skillInfrastructure": {"type": "@ask-cli/lambda-deployer", "userConfig": {"runtime": "nodejs18.x", "handler": "index.handler"}}}}})
    if p.get("code"):
        fn, txt = p["code"]
        write(os.path.join(cdir, "lambda", fn), txt)


# ---------------------------------------------------------------- Google projects
def google_project(cdir, p):
    kind = p["kind"]
    if kind == "builder":
        return builder_project(cdir, p)
    if kind == "sdkv2":
        return sdkv2_project(cdir, p)
    return dialogflow_project(cdir, p)


def lang_of(locale):
    return locale.split("-")[0] if locale not in ("pt-BR", "es-419", "fr-CA", "en-GB") else locale


def builder_project(cdir, p):
    sdk = os.path.join(cdir, "sdk")
    loc = p["locale"]
    lang = lang_of(loc)
    ls = {"displayName": p["name"], "pronunciation": p["inv"], "shortDescription": p.get("summary", ""),
          "fullDescription": p.get("description", ""), "developerName": p.get("dev", "Independent developer"),
          "developerEmail": p.get("email", "actions@" + hx(p["name"], 6) + ".dev"),
          "sampleInvocations": p.get("examples", []),
          "smallLogoImage": "$resources.images.square", "largeBannerImage": "$resources.images.banner"}
    if p.get("privacy"):
        ls["privacyPolicyUrl"] = p["privacy"]
    if p.get("terms"):
        ls["termsOfServiceUrl"] = p["terms"]
    settings = {"projectId": p.get("project", p["name"].lower().replace(" ", "-") + "-" + hx(p["name"], 4)),
                "defaultLocale": lang, "localizedSettings": ls, "category": p.get("category", "LIFESTYLE"),
                "usesTransactionsApi": False, "usesDigitalPurchaseApi": False, "usesInteractiveCanvas": False,
                "designedForFamily": bool(p.get("child"))}
    if p.get("account_linking"):
        settings["accountLinking"] = {"enableAccountCreation": False, "linkingType": "OAUTH",
                                      "authGrantType": "AUTH_CODE", "appClientId": "gaction-" + hx(p["name"], 6),
                                      "authorizationUrl": p["account_linking"],
                                      "tokenUrl": p["account_linking"].rsplit("/", 1)[0] + "/token"}
    write(os.path.join(sdk, "settings", "settings.yaml"), ydump(settings))
    write(os.path.join(sdk, "manifest.yaml"), "version: \"1.0\"\n")
    write(os.path.join(sdk, "actions", "actions.yaml"), ydump({"actions": {"actions.intent.MAIN": {"handler": {"webhookHandler": "greeting"}, "intent": {"name": "actions.intent.MAIN"}}}}) if False else ydump({"actions": {"custom": {"actions.intent.MAIN": {}}}}))
    write(os.path.join(sdk, "webhooks", "ActionsOnGoogleFulfillment.yaml"), ydump({"handlers": [{"name": h} for h in p.get("handlers", ["greeting"])], "inlineCloudFunction": {"executeFunction": "ActionsOnGoogleFulfillment"}}))
    write(os.path.join(sdk, "custom", "global", "actions.intent.MAIN.yaml"), ydump({"handler": {"webhookHandler": "greeting"}, "transitionToScene": "Main"}))
    for it in p["intents"]:
        name, phrases = it[0], it[1]
        params = it[2] if len(it) > 2 else []
        d = {}
        if params:
            d["parameters"] = [{"name": n, "type": {"name": t}} for n, t in params]
        d["trainingPhrases"] = [builder_phrase(ph, params) for ph in phrases]
        write(os.path.join(sdk, "custom", "intents", f"{name}.yaml"), ydump(d))
    for tname, vals in p.get("types", []):
        if vals == "freetext":
            d = {"freeText": {}}
        else:
            d = {"synonym": {"entities": {v.replace(" ", "_"): {"synonyms": [v]} for v in vals}}}
        write(os.path.join(sdk, "custom", "types", f"{tname}.yaml"), ydump(d))
    for sname, scene in p.get("scenes", {}).items():
        write(os.path.join(sdk, "custom", "scenes", f"{sname}.yaml"), ydump(scene))
    if p.get("code"):
        fn, txt = p["code"]
        write(os.path.join(sdk, "webhooks", "ActionsOnGoogleFulfillment", fn), txt)


def builder_phrase(ph, params):
    import re
    ex = {"actions.type.DateTime": "friday", "actions.type.Location": "rome", "actions.type.Number": "3"}
    return re.sub(r"\$(\w+)", lambda m: f"(${m.group(1)} '{ex.get(dict(params).get(m.group(1)), 'the words')}' auto=true)", ph)


def v2_phrase(ph, params):
    import re
    pt = dict(params)
    return re.sub(r"\$(\w+)", lambda m: f"${pt.get(m.group(1), 'SchemaOrg_Text').lstrip('$')}:{m.group(1)}", ph)


def sp(text):
    return {"staticPrompt": {"candidates": [{"promptResponse": {"firstSimple": {"variants": [{"speech": text}]}}}]}}


def sdkv2_project(cdir, p):
    loc = p["locale"]
    man = {"displayName": p["name"], "invocationName": p["inv"], "shortDescription": p.get("summary", ""),
           "longDescription": p.get("description", ""), "category": p.get("category", "LIFESTYLE"),
           "companyName": p.get("dev", "Independent developer"), "contactEmail": p.get("email", "help@" + hx(p["name"], 6) + ".dev"),
           "sampleInvocation": p.get("examples", []), "enabledRegions": p.get("regions", [])}
    if p.get("privacy"):
        man["privacyUrl"] = p["privacy"]
    if p.get("terms"):
        man["termsOfServiceUrl"] = p["terms"]
    actions = [{"description": "Default Welcome Intent", "name": "MAIN",
                "fulfillment": {"conversationName": "main"}, "intent": {"name": "actions.intent.MAIN"}}]
    types = []
    for it in p["intents"]:
        name, phrases = it[0], it[1]
        params = it[2] if len(it) > 2 else []
        actions.append({"description": name, "name": name, "fulfillment": {"conversationName": "main"},
                        "intent": {"name": name, "parameters": [{"name": n, "type": t} for n, t in params],
                                   "trigger": {"queryPatterns": [v2_phrase(ph, params) for ph in phrases]}}})
    for tname, vals in p.get("types", []):
        types.append({"name": "$" + tname, "entities": [{"key": v, "synonyms": [v]} for v in vals],
                      "isUserDefined": False})
    pkg = {"manifest": man, "actions": actions, "types": types,
           "conversations": {"main": {"name": "main", "url": p.get("url", "https://us-central1-" + hx(p["name"], 8) + ".cloudfunctions.net/conversation"),
                                      "fulfillmentApiVersion": 2,
                                      "inDialogIntents": [{"name": "actions.intent.TEXT"}] + [{"name": "actions.intent.PERMISSION"}] * bool(p.get("perms"))}},
           "locale": loc.split("-")[0] if loc not in ("pt-BR", "en-GB", "fr-CA", "es-419") else loc}
    if p.get("account_linking"):
        pkg["accountLinking"] = {"clientId": "gaction-" + hx(p["name"], 6), "clientSecret": "", "grantType": "AUTH_CODE",
                                 "authenticationUrl": p["account_linking"], "accessTokenUrl": p["account_linking"].rsplit("/", 1)[0] + "/token",
                                 "scopes": ["accounts.read"]}
    write(os.path.join(cdir, "action.json"), pkg)
    if p.get("code"):
        fn, txt = p["code"]
        write(os.path.join(cdir, "functions", fn), txt)


def df_lang(locale):
    return {"pt-BR": "pt-br", "en-GB": "en", "en-US": "en", "fr-CA": "fr-ca", "es-MX": "es-419"}.get(locale, locale.split("-")[0])


def dialogflow_project(cdir, p):
    loc = p["locale"]
    lang = df_lang(loc)
    agent = {"description": p.get("description", ""), "language": lang, "shortDescription": p.get("summary", ""),
             "examples": "", "linkToDocs": "", "displayName": p["name"], "disableInteractionLogs": False,
             "disableStackdriverLogs": False,
             "googleAssistant": {"googleAssistantCompatible": True, "project": p.get("project", hx(p["name"], 10)),
                                 "welcomeIntentSignInRequired": bool(p.get("account_linking")), "startIntents": [],
                                 "systemIntents": [], "endIntentIds": [], "oAuthLinking": {"required": False, "providerId": "",
                                 "authorizationUrl": p.get("account_linking", ""), "tokenUrl": "", "scopes": "", "privacyPolicyUrl": p.get("privacy", "") , "grantType": "AUTH_CODE_GRANT"},
                                 "voiceType": "MALE_1", "capabilities": [], "env": "", "protocolVersion": "V2",
                                 "autoPreviewEnabled": False, "isDeviceAgent": False},
             "defaultTimezone": p.get("tz", "Europe/Madrid"), "webhook": {"url": "", "username": "", "headers": {}, "available": True,
                                 "useForDomains": False, "cloudFunctionsEnabled": True, "cloudFunctionsInitialized": True},
             "isPrivate": True, "mlMinConfidence": 0.3, "supportedLanguages": [], "enableOnePlatformApi": True,
             "onePlatformApiVersion": "v2beta1", "analyzeQueryTextSentiment": False, "enabledKnowledgeBaseNames": [],
             "knowledgeServiceConfidenceAdjustment": 0.0, "dialogBuilderMode": False, "baseActionPackagesUrl": "",
             "enableSpellCorrection": False}
    write(os.path.join(cdir, "agent.json"), agent)
    write(os.path.join(cdir, "package.json"), {"version": "1.0.0"})
    intents = [("Default Welcome Intent", [], [])] + [(i[0], i[1], i[2] if len(i) > 2 else []) for i in p["intents"]]
    for name, phrases, params in intents:
        iid = uid(p["name"] + name)
        d = {"id": iid, "name": name, "auto": True, "contexts": [],
             "responses": [{"resetContexts": False, "action": "", "affectedContexts": [],
                            "parameters": [{"id": uid(iid + n), "name": n, "required": False, "dataType": t,
                                            "value": "$" + n, "defaultValue": "", "isList": False, "prompts": [],
                                            "promptMessages": [], "noMatchPromptMessages": [], "noInputPromptMessages": [],
                                            "outputDialogContexts": []} for n, t in params],
                            "messages": [{"type": "0", "title": "", "textToSpeech": "", "lang": lang, "condition": "", "speech": []}],
                            "speech": []}],
             "priority": 500000, "webhookUsed": True, "webhookForSlotFilling": False, "fallbackIntent": False,
             "events": [{"name": "WELCOME"}, {"name": "GOOGLE_ASSISTANT_WELCOME"}] if name == "Default Welcome Intent" else [],
             "conditionalResponses": [], "condition": "", "conditionalFollowupEvents": []}
        write(os.path.join(cdir, "intents", f"{name}.json"), d)
        says = []
        for ph in phrases:
            says.append({"id": uid(iid + ph), "data": df_parts(ph, dict(params)), "isTemplate": False, "count": 0,
                         "lang": lang, "updated": 0})
        if says:
            write(os.path.join(cdir, "intents", f"{name}_usersays_{lang}.json"), says)
    for tname, vals in p.get("types", []):
        eid = uid(p["name"] + tname)
        write(os.path.join(cdir, "entities", f"{tname}.json"), {"id": eid, "name": tname, "isOverridable": True,
              "isEnum": False, "isRegexp": False, "automatedExpansion": False, "allowFuzzyExtraction": False})
        write(os.path.join(cdir, "entities", f"{tname}_entries_{lang}.json"), [{"value": v, "synonyms": [v]} for v in vals])
    if p.get("code"):
        fn, txt = p["code"]
        write(os.path.join(cdir, "fulfillment", fn), txt)


def df_parts(phrase, params):
    """'so {x:whatever}' -> Dialogflow data parts. {name:example} marks an annotated parameter."""
    parts, rest = [], phrase
    while "{" in rest:
        a, b = rest.split("{", 1)
        inner, rest = b.split("}", 1)
        if a:
            parts.append({"text": a, "userDefined": False})
        n, ex = inner.split(":", 1)
        parts.append({"text": ex, "alias": n, "meta": params.get(n, "@sys.any"), "userDefined": True})
    if rest:
        parts.append({"text": rest, "userDefined": False})
    return parts


# ---------------------------------------------------------------- Alexa recordings
class AlexaRun:
    """Expands sessions of T() turns into (request, response, meta) triples."""

    def __init__(self, cid, locale, sessions, base, tag=""):
        self.items = []
        app = "amzn1.ask.skill." + uid(cid)
        user = "amzn1.ask.account." + hx(cid + "user", 40).upper()
        dev = "amzn1.ask.device." + hx(cid + "dev", 40).upper()
        sec = 0
        for si, sess in enumerate(sessions):
            sid = "amzn1.echo-api.session." + uid(cid + tag + str(si))
            attrs = {}
            for ti, t in enumerate(sess):
                sec += 7 + ti * 3
                rid = "amzn1.echo-api.request." + uid(cid + tag + str(si) + "-" + str(ti))
                session = {"new": ti == 0, "sessionId": sid, "application": {"applicationId": app}, "user": {"userId": user}}
                if ti:
                    session["attributes"] = attrs
                r = {"requestId": rid, "locale": locale, "timestamp": ts(base, sec)}
                if t["intent"] == "LaunchRequest":
                    r = {"type": "LaunchRequest", **r, "shouldLinkResultBeReturned": False}
                elif t["intent"] == "SessionEndedRequest":
                    r = {"type": "SessionEndedRequest", **r, "reason": t.get("reason") or "USER_INITIATED"}
                else:
                    r = {"type": "IntentRequest", **r, "intent": {"name": t["intent"], "confirmationStatus": "NONE",
                         "slots": {k: {"name": k, "value": v, "confirmationStatus": "NONE", "source": "USER"} for k, v in t["slots"].items()}},
                         "dialogState": "STARTED" if False else None}
                    r.pop("dialogState")
                req = {"version": "1.0", "session": session, "context": {"System": {
                    "application": {"applicationId": app}, "user": {"userId": user},
                    "device": {"deviceId": dev, "supportedInterfaces": {}},
                    "apiEndpoint": "https://api.amazonalexa.com" if locale.startswith("en-US") or locale.startswith("pt") or locale.startswith("es-MX") else ("https://api.fe.amazonalexa.com" if locale == "ja-JP" else "https://api.eu.amazonalexa.com"),
                    "apiAccessToken": "eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiIsImtpZCI6IjEifQ.REDACTED"}}, "request": r}
                resp = None
                if t["intent"] != "SessionEndedRequest":
                    body = {}
                    if t["say"] is not None:
                        body["outputSpeech"] = speech(t["say"])
                    if t["card"]:
                        c = t["card"]
                        if c.get("type") == "AskForPermissionsConsent":
                            body["card"] = c
                        else:
                            body["card"] = {"type": "Simple", "title": c["title"], "content": c["content"]}
                    if t["rep"] is not None:
                        body["reprompt"] = {"outputSpeech": speech(t["rep"])}
                    if t["end"] is not None:
                        body["shouldEndSession"] = t["end"]
                    resp = {"version": "1.0", "sessionAttributes": attrs, "userAgent": "ask-node/2.14.0 Node/v18.18.2", "response": body}
                self.items.append(dict(req=req, resp=resp, user=t["user"], ts=ts(base, sec), sid=sid, rid=rid, turn=t))


def endpoint_arn(cid):
    return f"arn:aws:lambda:us-east-1:{int(hx(cid, 10), 16) % 10**12:012d}:function:{cid[4:]}"


def r_envelope(cid, run, folder, stem="response"):
    out = {}
    for i, it in enumerate(run.items):
        if it["resp"] is not None:
            out[f"{folder}/{stem}-{i + 1:02d}.json"] = it["resp"]
    return out


def r_pairs_jsonl(cid, run, path):
    lines = [json.dumps({"request": it["req"], "response": it["resp"]}, ensure_ascii=False) for it in run.items]
    return {path: "\n".join(lines) + "\n"}


def r_pairs_array(cid, run, path):
    return {path: [{"request": it["req"], "response": it["resp"]} for it in run.items]}


def r_smapi_sim(cid, run, folder, single=False):
    out, arr = {}, []
    for i, it in enumerate(run.items):
        if it["resp"] is None:
            continue
        say = it["turn"]["say"] or ""
        o = {"id": uid(cid + "sim" + str(i)), "status": "SUCCESSFUL", "result": {
            "alexaExecutionInfo": {"alexaResponses": [{"type": "Speech", "content": {"caption": strip_ssml(say)}}],
                                   "consideredIntents": [{"name": it["turn"]["intent"], "confirmationStatus": "NONE", "slots": {}}]},
            "skillExecutionInfo": {"invocations": [{"invocationRequest": {"endpoint": endpoint_arn(cid), "body": it["req"]},
                                                    "invocationResponse": {"body": it["resp"]},
                                                    "metrics": {"skillExecutionTimeInMilliseconds": 90 + i * 7}}]},
            "error": None}}
        if single:
            arr.append(o)
        else:
            out[f"{folder}/simulation-{i + 1:02d}.json"] = o
    if single:
        out[folder] = arr
    return out


def r_smapi_inv(cid, run, folder):
    out = {}
    for i, it in enumerate(run.items):
        out[f"{folder}/invoke-{i + 1:02d}.json"] = {"status": "SUCCESSFUL", "result": {"skillExecutionInfo": {
            "invocationRequest": {"endpoint": endpoint_arn(cid), "body": it["req"]},
            "invocationResponse": {"body": it["resp"] or {}}, "metrics": {"skillExecutionTimeInMilliseconds": 110 + i}},
            "error": None}}
    return out


def r_ask_dialog(cid, run, folder, text=False):
    out = {}
    utts = [it["user"] for it in run.items if it["resp"] is not None]
    out[f"{folder}/replay.json"] = {"skillId": "amzn1.ask.skill." + uid(cid), "locale": run.items[0]["req"]["request"]["locale"],
                                    "type": "text", "userInput": utts}
    if text:
        lines = []
        for it in run.items:
            if it["resp"] is None:
                continue
            lines.append(f"User  > {it['user']}")
            b = it["resp"]["response"]
            lines.append(f"Alexa > {strip_ssml(it['turn']['say'] or '')}")
        out[f"{folder}/dialog-output.txt"] = "\n".join(lines) + "\n"
    else:
        arr = []
        for it in run.items:
            if it["resp"] is None:
                continue
            arr.append({"utterance": it["user"], "invocations": [{"invocationRequest": {"endpoint": endpoint_arn(cid), "body": it["req"]},
                                                                   "invocationResponse": {"body": it["resp"]}}],
                        "alexaResponses": [{"type": "Speech", "content": {"caption": strip_ssml(it['turn']['say'] or '')}}]})
        out[f"{folder}/skill-io.json"] = arr
    return out


def r_cloudwatch_text(cid, run, path, py=False, kw=("Request: ", "Response: ")):
    lines = []
    for i, it in enumerate(run.items):
        lid = uid(cid + "lambda" + str(i))
        t0 = it["ts"].replace("Z", "")
        lines.append(f"{t0}.000Z START RequestId: {lid} Version: $LATEST")
        if py:
            lines.append(f"[INFO]\t{t0}.011Z\t{lid}\t{kw[0]}{json.dumps(it['req'], ensure_ascii=False)}")
            if it["resp"] is not None:
                lines.append(f"[INFO]\t{t0}.207Z\t{lid}\t{kw[1]}{json.dumps(it['resp'], ensure_ascii=False)}")
        else:
            lines.append(f"{t0}.011Z\t{lid}\tINFO\t{kw[0]}{json.dumps(it['req'], ensure_ascii=False)}")
            if it["resp"] is not None:
                lines.append(f"{t0}.207Z\t{lid}\tINFO\t{kw[1]}{json.dumps(it['resp'], ensure_ascii=False)}")
        lines.append(f"{t0}.230Z END RequestId: {lid}")
        lines.append(f"{t0}.230Z REPORT RequestId: {lid}\tDuration: {180 + i * 3}.41 ms\tBilled Duration: {181 + i * 3} ms\tMemory Size: 256 MB\tMax Memory Used: 91 MB")
    return {path: "\n".join(lines) + "\n"}


def r_cloudwatch_json(cid, run, path):
    ev = []
    for i, it in enumerate(run.items):
        lid = uid(cid + "lambda" + str(i))
        t = int(datetime.datetime.fromisoformat(it["ts"].replace("Z", "")).replace(tzinfo=datetime.timezone.utc).timestamp() * 1000)
        stream = "2024/" + it["ts"][5:10].replace("-", "/") + "/[$LATEST]" + hx(cid + "stream", 32)
        ev.append({"logStreamName": stream, "timestamp": t, "message": f"START RequestId: {lid} Version: $LATEST\n", "ingestionTime": t + 900, "eventId": str(t) + "0" * 10})
        ev.append({"logStreamName": stream, "timestamp": t + 11, "message": f"{it['ts'][:-1]}.011Z\t{lid}\tINFO\tRequest: {json.dumps(it['req'], ensure_ascii=False)}\n", "ingestionTime": t + 900, "eventId": str(t + 11) + "1" * 10})
        if it["resp"] is not None:
            ev.append({"logStreamName": stream, "timestamp": t + 207, "message": f"{it['ts'][:-1]}.207Z\t{lid}\tINFO\tResponse: {json.dumps(it['resp'], ensure_ascii=False)}\n", "ingestionTime": t + 900, "eventId": str(t + 207) + "2" * 10})
        ev.append({"logStreamName": stream, "timestamp": t + 230, "message": f"END RequestId: {lid}\n", "ingestionTime": t + 900, "eventId": str(t + 230) + "3" * 10})
    return {path: {"events": ev, "searchedLogStreams": []}}


def har_entry(url, started, reqbody, respbody, headers=None):
    rq = json.dumps(reqbody, ensure_ascii=False)
    rs = json.dumps(respbody, ensure_ascii=False) if respbody is not None else ""
    return {"startedDateTime": started.replace("Z", ".000Z"), "time": 212.4,
            "request": {"method": "POST", "url": url, "httpVersion": "HTTP/1.1",
                        "headers": headers or [{"name": "Content-Type", "value": "application/json; charset=utf-8"}],
                        "queryString": [], "cookies": [], "headersSize": -1, "bodySize": len(rq.encode()),
                        "postData": {"mimeType": "application/json; charset=utf-8", "text": rq}},
            "response": {"status": 200, "statusText": "OK", "httpVersion": "HTTP/1.1",
                         "headers": [{"name": "Content-Type", "value": "application/json;charset=UTF-8"}], "cookies": [],
                         "content": {"size": len(rs.encode()), "mimeType": "application/json", "text": rs},
                         "redirectURL": "", "headersSize": -1, "bodySize": len(rs.encode())},
            "cache": {}, "timings": {"send": 0.2, "wait": 210.0, "receive": 2.2}}


def r_har(cid, run, path, url=None):
    url = url or f"https://{hx(cid, 8)}.execute-api.eu-west-1.amazonaws.com/prod/alexa"
    ents = [har_entry(url, it["ts"], it["req"], it["resp"],
                      [{"name": "Content-Type", "value": "application/json; charset=utf-8"},
                       {"name": "Signature-256", "value": "REDACTED"},
                       {"name": "SignatureCertChainUrl", "value": "https://s3.amazonaws.com/echo.api/echo-api-cert-12.pem"}])
            for it in run.items]
    return {path: {"log": {"version": "1.2", "creator": {"name": "Charles Proxy", "version": "4.6.6"}, "entries": ents}}}


def r_transcript(cid, run, path):
    lines = [f"# QA transcript {cid[4:]} locale={run.items[0]['req']['request']['locale']}"]
    last = None
    for it in run.items:
        if it["sid"] != last:
            lines.append(f"--- session {it['sid'][-12:]} ---")
            last = it["sid"]
        t = it["ts"].replace("T", " ").replace("Z", "")
        if it["resp"] is None:
            lines.append(f"[{t}] (session ended by device: {it['turn'].get('reason') or 'USER_INITIATED'})")
            continue
        lines.append(f"[{t}] USER: {it['user']}")
        lines.append(f"[{t}] SKILL: {it['turn']['say'] or ''}")
        if it["turn"]["rep"] is not None:
            lines.append(f"[{t}] REPROMPT: {it['turn']['rep']}")
        e = it["resp"]["response"].get("shouldEndSession")
        lines.append(f"session_open={'false' if e is True else 'true'}")
    return {path: "\n".join(lines) + "\n"}


# ---- new shapes (Alexa) ------------------------------------------------
def r_junit(cid, run, path):
    """pytest --junitxml report; the test helper prints each request/response to captured stdout."""
    from xml.sax.saxutils import escape
    cases = []
    for i, it in enumerate(run.items):
        out = "REQUEST " + json.dumps(it["req"], ensure_ascii=False) + "\n"
        if it["resp"] is not None:
            out += "RESPONSE " + json.dumps(it["resp"], ensure_ascii=False) + "\n"
        name = f"test_turn_{i + 1:02d}_{(it['turn']['intent'] or 'x').replace('.', '_')}"
        cases.append(f'    <testcase classname="tests.test_conversation" name="{name}" time="0.{140 + i}">\n'
                     f'      <system-out>{escape(out)}</system-out>\n    </testcase>')
    xml = ('<?xml version="1.0" encoding="utf-8"?>\n<testsuites>\n'
           f'  <testsuite name="pytest" errors="0" failures="0" skipped="0" tests="{len(cases)}" time="3.21" timestamp="{run.items[0]["ts"][:-1]}" hostname="ci-runner">\n'
           + "\n".join(cases) + "\n  </testsuite>\n</testsuites>\n")
    return {path: xml}


def r_ipynb(cid, run, path):
    """Jupyter notebook of a researcher replaying the skill; outputs hold the JSON."""
    cells = [{"cell_type": "markdown", "metadata": {}, "source": [f"# Replaying `{cid[4:]}` against the dev endpoint\n"]},
             {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [],
              "source": ["import json, requests\n", "ENDPOINT = 'http://localhost:3000/'\n",
                         "def send(env):\n", "    r = requests.post(ENDPOINT, json=env)\n", "    return r.json()\n"]}]
    n = 2
    for i, it in enumerate(run.items):
        src = [f"req = json.load(open('fixtures/turn{i + 1:02d}.json'))  # {it['user']}\n", "print(json.dumps(req))\n",
               "send(req)" if it["resp"] is not None else "send(req)  # SessionEnded, no body\n"]
        outs = [{"name": "stdout", "output_type": "stream", "text": [json.dumps(it["req"], ensure_ascii=False) + "\n"]}]
        if it["resp"] is not None:
            outs.append({"data": {"application/json": it["resp"], "text/plain": [repr(it["resp"])[:200]]},
                         "execution_count": n, "metadata": {}, "output_type": "execute_result"})
        cells.append({"cell_type": "code", "execution_count": n, "metadata": {}, "outputs": outs, "source": src})
        n += 1
    nb = {"cells": cells, "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
                                        "language_info": {"name": "python", "version": "3.11.4"}},
          "nbformat": 4, "nbformat_minor": 5}
    return {path: nb}


def r_csv(cid, run, path, sep=","):
    """flat spreadsheet export of a test run (one row per turn)."""
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=sep, lineterminator="\n")
    w.writerow(["timestamp", "session_id", "new_session", "request_type", "intent", "user_utterance", "output_speech",
                "reprompt", "should_end_session"])
    for it in run.items:
        r = it["req"]["request"]
        b = it["resp"]["response"] if it["resp"] else {}
        w.writerow([it["ts"], it["sid"], str(it["req"]["session"]["new"]).lower(), r["type"], r.get("intent", {}).get("name", ""),
                    it["user"], (b.get("outputSpeech") or {}).get("ssml", ""),
                    ((b.get("reprompt") or {}).get("outputSpeech") or {}).get("ssml", ""),
                    "" if "shouldEndSession" not in b else str(b["shouldEndSession"]).lower()])
    return {path: buf.getvalue()}


def r_newman(cid, run, path, url=None):
    """newman run --reporters json export (response bodies are Buffer byte arrays)."""
    url = url or "https://" + hx(cid, 6) + ".ngrok-free.app/alexa"
    ex = []
    for i, it in enumerate(run.items):
        body = json.dumps(it["resp"], ensure_ascii=False).encode() if it["resp"] is not None else b""
        ex.append({"cursor": {"position": i, "iteration": 0, "length": len(run.items), "cycles": 1, "ref": uid(cid + "c" + str(i))},
                   "item": {"id": uid(cid + "it" + str(i)), "name": f"{i + 1:02d} {it['user']}"},
                   "request": {"url": {"protocol": "https", "host": url.split("/")[2].split("."), "path": ["alexa"]},
                               "header": [{"key": "Content-Type", "value": "application/json"}], "method": "POST",
                               "body": {"mode": "raw", "raw": json.dumps(it["req"], ensure_ascii=False)}},
                   "response": {"id": uid(cid + "r" + str(i)), "status": "OK", "code": 200,
                                "header": [{"key": "Content-Type", "value": "application/json; charset=utf-8"}],
                                "stream": {"type": "Buffer", "data": list(body)}, "cookie": [], "responseTime": 140 + i,
                                "responseSize": len(body)},
                   "assertions": [{"assertion": "status is 200", "skipped": False}]})
    rep = {"collection": {"info": {"_postman_id": uid(cid + "coll"), "name": f"{cid[4:]} regression",
                                   "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"}, "item": []},
           "environment": {"id": uid(cid + "env"), "name": "local", "values": []},
           "run": {"stats": {"iterations": {"total": 1, "pending": 0, "failed": 0},
                             "requests": {"total": len(ex), "pending": 0, "failed": 0},
                             "assertions": {"total": len(ex), "pending": 0, "failed": 0}},
                   "timings": {"started": 1700000000000, "completed": 1700000004000},
                   "executions": ex, "failures": []}}
    return {path: rep}


def raw_http(start, headers, body):
    return base64.b64encode((start + "\r\n" + "".join(f"{k}: {v}\r\n" for k, v in headers) + "\r\n").encode() + body).decode()


def ngrok_items(cid, pairs, path_url="/"):
    """pairs: (ts, reqbody, respbody) -> ngrok agent API /api/requests/http listing, newest first."""
    reqs = []
    for i, (t, rq, rs) in enumerate(pairs):
        rqb = json.dumps(rq, ensure_ascii=False).encode()
        rsb = json.dumps(rs, ensure_ascii=False).encode() if rs is not None else b""
        rid = "req_" + hx(cid + str(i), 26)
        reqs.append({"uri": f"/api/requests/http/{rid}", "id": rid, "tunnel_name": "command_line", "remote_addr": "54.240.197.3",
                     "start": t.replace("Z", ".52816+00:00"), "duration": 201000000 + i,
                     "request": {"method": "POST", "proto": "HTTP/1.1",
                                 "headers": {"Content-Type": ["application/json; charset=utf-8"], "Content-Length": [str(len(rqb))]},
                                 "uri": path_url, "raw": raw_http(f"POST {path_url} HTTP/1.1",
                                                                  [("Host", hx(cid, 6) + ".ngrok-free.app"), ("Content-Type", "application/json; charset=utf-8"), ("Content-Length", len(rqb))], rqb)},
                     "response": {"status": "200 OK", "status_code": 200, "proto": "HTTP/1.1",
                                  "headers": {"Content-Type": ["application/json"], "Content-Length": [str(len(rsb))]},
                                  "raw": raw_http("HTTP/1.1 200 OK", [("Content-Type", "application/json"), ("Content-Length", len(rsb))], rsb)}})
    reqs.reverse()
    return {"uri": "/api/requests/http", "requests": reqs}


def r_ngrok(cid, run, path):
    return {path: ngrok_items(cid, [(it["ts"], it["req"], it["resp"]) for it in run.items], "/alexa")}


def strip_ssml(s):
    import re
    return re.sub(r"<[^>]+>", "", s or "").strip()


ALEXA_SHAPES = {"envelope": r_envelope, "pairs-jsonl": r_pairs_jsonl, "pairs-array": r_pairs_array,
                "smapi-simulation": r_smapi_sim, "smapi-invocation": r_smapi_inv, "ask-dialog": r_ask_dialog,
                "cloudwatch-text": r_cloudwatch_text, "cloudwatch-json": r_cloudwatch_json, "har": r_har,
                "transcript": r_transcript, "junit-xml": r_junit, "ipynb": r_ipynb, "csv-log": r_csv,
                "newman-report": r_newman, "ngrok-inspect": r_ngrok}


# ---------------------------------------------------------------- Google recordings
class GoogleRun:
    """Expands sessions of G() turns into webhook (request, response) pairs for one project kind."""

    def __init__(self, cid, kind, locale, sessions, base, tag="", project="proj"):
        self.items = []
        self.kind = kind
        user = "ABwppHG" + hx(cid + "guser", 30)
        sec = 0
        for si, sess in enumerate(sessions):
            conv = str(int(hx(cid + tag + "conv" + str(si), 15), 16))
            token = []
            for ti, t in enumerate(sess):
                sec += 6 + ti * 4
                at = ts(base, sec)
                if kind == "sdkv2":
                    rq, rs = self.sdkv2(user, conv, ti, t, locale, at)
                elif kind == "dialogflow":
                    rq, rs = self.df(cid, project, user, conv, ti, t, locale, at)
                else:
                    rq, rs = self.builder(cid, user, conv, ti, t, locale, at)
                self.items.append(dict(req=rq, resp=rs, user=t["user"], ts=at, sid=conv, turn=t))

    @staticmethod
    def v2_payload(user, conv, ti, t, locale, at):
        inp = {"intent": t["intent"], "rawInputs": [{"inputType": "VOICE", "query": t["user"]}], "arguments": []}
        for k, v in t["slots"].items():
            inp["arguments"].append({"name": k, "rawText": str(v), "textValue": str(v)})
        if t["intent"] == "actions.intent.PERMISSION":
            inp["arguments"] = [{"name": "PERMISSION", "boolValue": bool(t["slots"].get("granted", True)), "textValue": "true"}]
        return {"user": {"userId": user, "locale": locale, "lastSeen": at, "userVerificationStatus": "VERIFIED"},
                "conversation": {"conversationId": conv, "type": "NEW" if ti == 0 else "ACTIVE",
                                 **({} if ti == 0 else {"conversationToken": "[]"})},
                "inputs": [inp], "surface": {"capabilities": [{"name": "actions.capability.AUDIO_OUTPUT"},
                                                               {"name": "actions.capability.MEDIA_RESPONSE_AUDIO"}]},
                "isInSandbox": True, "availableSurfaces": [],
                "requestType": "SIMULATOR"}

    @staticmethod
    def v2_items(t):
        items = [{"simpleResponse": {"textToSpeech": t["say"]}}]
        if t["card"]:
            items.append({"basicCard": {"title": t["card"]["title"], "formattedText": t["card"]["content"]}})
        return items

    def sdkv2(self, user, conv, ti, t, locale, at):
        rq = self.v2_payload(user, conv, ti, t, locale, at)
        if t["expect"]:
            ei = {"inputPrompt": {"richInitialPrompt": {"items": self.v2_items(t)}}}
            if t["noinput"] is not None:
                ei["inputPrompt"]["noInputPrompts"] = [{"textToSpeech": x} for x in t["noinput"]]
            if t["perm"]:
                ei["possibleIntents"] = [{"intent": "actions.intent.PERMISSION", "inputValueData": {
                    "@type": "type.googleapis.com/google.actions.v2.PermissionValueSpec",
                    "optContext": t["perm"][0], "permissions": t["perm"][1]}}]
            elif t["signin"]:
                ei["possibleIntents"] = [{"intent": "actions.intent.SIGN_IN", "inputValueData": {
                    "@type": "type.googleapis.com/google.actions.v2.SignInValueSpec", "optContext": t["signin"]}}]
            else:
                ei["possibleIntents"] = [{"intent": "actions.intent.TEXT"}]
            rs = {"expectUserResponse": True, "expectedInputs": [ei], "conversationToken": "[]"}
        else:
            rs = {"expectUserResponse": False, "finalResponse": {"richResponse": {"items": self.v2_items(t)}}}
        return rq, rs

    def df(self, cid, project, user, conv, ti, t, locale, at):
        sess = f"projects/{project}/agent/sessions/{conv}"
        intent_name = "Default Welcome Intent" if t["intent"] in ("actions.intent.MAIN", "Default Welcome Intent") else t["intent"]
        rq = {"responseId": uid(cid + conv + str(ti)) + "-" + hx(conv, 8), "session": sess,
              "queryResult": {"queryText": t["user"] if t["intent"] != "actions.intent.MAIN" else "GOOGLE_ASSISTANT_WELCOME",
                              "parameters": dict(t["slots"]), "allRequiredParamsPresent": True,
                              "fulfillmentMessages": [{"text": {"text": [""]}}],
                              "outputContexts": [{"name": f"{sess}/contexts/actions_capability_audio_output"}],
                              "intent": {"name": f"projects/{project}/agent/intents/{uid(cid + intent_name)}", "displayName": intent_name},
                              "intentDetectionConfidence": 1, "languageCode": df_lang(locale)},
              "originalDetectIntentRequest": {"source": "google", "version": "2",
                                              "payload": self.v2_payload(user, conv, ti, t, locale, at)}}
        g = {"expectUserResponse": bool(t["expect"]), "richResponse": {"items": self.v2_items(t)}}
        if t["noinput"] is not None:
            g["noInputPrompts"] = [{"textToSpeech": x} for x in t["noinput"]]
        if t["perm"]:
            g["systemIntent"] = {"intent": "actions.intent.PERMISSION", "data": {
                "@type": "type.googleapis.com/google.actions.v2.PermissionValueSpec",
                "optContext": t["perm"][0], "permissions": t["perm"][1]}}
        elif t["signin"]:
            g["systemIntent"] = {"intent": "actions.intent.SIGN_IN", "data": {
                "@type": "type.googleapis.com/google.actions.v2.SignInValueSpec", "optContext": t["signin"]}}
        rs = {"payload": {"google": g}, "fulfillmentText": strip_ssml(t["say"])}
        return rq, rs

    def builder(self, cid, user, conv, ti, t, locale, at):
        sid = "ABwppHF" + hx(conv, 40)
        rq = {"handler": {"name": t["handler"] or ("greeting" if ti == 0 else t["intent"].split(".")[-1].lower())},
              "intent": {"name": t["intent"], "params": {k: {"original": str(v), "resolved": v} for k, v in t["slots"].items()}, "query": t["user"]},
              "scene": {"name": t["scene"], "slotFillingStatus": "UNSPECIFIED", "slots": {}, "next": {}},
              "session": {"id": sid, "params": {}, "typeOverrides": [], "languageCode": ""},
              "user": {"locale": locale, "params": {}, "accountLinkingStatus": "ACCOUNT_LINKING_STATUS_UNSPECIFIED",
                       "verificationStatus": "VERIFIED", "packageEntitlements": [], "gaiamint": "", "permissions": [],
                       "lastSeenTime": at},
              "home": {"params": {}},
              "device": {"capabilities": ["SPEECH", "RICH_RESPONSE", "LONG_FORM_AUDIO"],
                         "timeZone": {"id": "Europe/Berlin", "version": ""}}}
        rs = {"session": {"id": sid, "params": {}}, "prompt": {"override": False, "firstSimple": {"speech": t["say"], "text": strip_ssml(t["say"])}}}
        if t["card"]:
            rs["prompt"]["content"] = {"card": {"title": t["card"]["title"], "text": t["card"]["content"]}}
        nxt = t["nxt"] if t["nxt"] is not None else (None if t["expect"] else "actions.scene.END_CONVERSATION")
        rs["scene"] = {"name": t["scene"], "slots": {}, "next": {"name": nxt} if nxt else {}}
        if t["perm"]:
            rs["scene"]["slots"] = {"permission": {"mode": "REQUIRED", "status": "SLOT_UNSPECIFIED", "updated": True,
                                                   "value": None}}
            rs["scene"]["next"] = {"name": "RequestPermission"}
        return rq, rs


def g_url(cid):
    return f"https://us-central1-{hx(cid, 8)}.cloudfunctions.net/ActionsOnGoogleFulfillment"


def rg_pairs(cid, run, path):
    """Google webhook pairs as JSON lines {request, response} (shape named after the project kind)."""
    lines = [json.dumps({"request": it["req"], "response": it["resp"]}, ensure_ascii=False) for it in run.items]
    return {path: "\n".join(lines) + "\n"}


def rg_pair_files(cid, run, folder):
    out = {}
    for i, it in enumerate(run.items):
        out[f"{folder}/{i + 1:02d}-request.json"] = it["req"]
        out[f"{folder}/{i + 1:02d}-response.json"] = it["resp"]
    return out


def rg_har(cid, run, path):
    return {path: {"log": {"version": "1.2", "creator": {"name": "Firefox", "version": "121.0"},
                           "entries": [har_entry(g_url(cid), it["ts"], it["req"], it["resp"]) for it in run.items]}}}


def rg_gcloud(cid, run, path):
    """gcloud logging read --format=json: Cloud Functions log entries, newest first."""
    ents = []
    for i, it in enumerate(run.items):
        ex = hx(cid + "exec" + str(i), 12)
        base = {"resource": {"type": "cloud_function", "labels": {"function_name": "ActionsOnGoogleFulfillment",
                                                                   "project_id": "proj-" + hx(cid, 6), "region": "us-central1"}},
                "logName": f"projects/proj-{hx(cid, 6)}/logs/cloudfunctions.googleapis.com%2Fcloud-functions",
                "labels": {"execution_id": ex}, "severity": "INFO"}
        ents.append({**base, "insertId": hx(cid + "i1" + str(i), 15), "timestamp": it["ts"].replace("Z", ".104Z"),
                     "textPayload": "Request body: " + json.dumps(it["req"], ensure_ascii=False)})
        ents.append({**base, "insertId": hx(cid + "i2" + str(i), 15), "timestamp": it["ts"].replace("Z", ".388Z"),
                     "textPayload": "Response body: " + json.dumps(it["resp"], ensure_ascii=False)})
    ents.reverse()
    return {path: ents}


def rg_transcript(cid, run, path):
    lines = [f"# Assistant simulator notes - {cid[4:]}"]
    last = None
    for it in run.items:
        if it["sid"] != last:
            lines.append(f"--- conversation {it['sid']} ---")
            last = it["sid"]
        t = it["ts"].replace("T", " ").replace("Z", "")
        lines.append(f"[{t}] USER: {it['user']}")
        lines.append(f"[{t}] SKILL: {it['turn']['say']}")
        if it["turn"]["noinput"]:
            lines.append(f"[{t}] NO_INPUT_PROMPT: {' | '.join(it['turn']['noinput'])}")
        open_ = it["turn"]["expect"] and (it["turn"]["nxt"] != "actions.scene.END_CONVERSATION")
        lines.append(f"session_open={'true' if open_ else 'false'}")
    return {path: "\n".join(lines) + "\n"}


def rg_csv(cid, run, path):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["time", "conversation_id", "turn", "matched_intent", "user_query", "assistant_speech", "no_input_prompts", "expect_user_response"])
    turn = {}
    for it in run.items:
        turn[it["sid"]] = turn.get(it["sid"], 0) + 1
        t = it["turn"]
        exp = t["expect"] and t["nxt"] != "actions.scene.END_CONVERSATION"
        w.writerow([it["ts"], it["sid"], turn[it["sid"]], t["intent"], t["user"], t["say"], " || ".join(t["noinput"] or []), str(exp).upper()])
    return {path: buf.getvalue()}


def rg_junit(cid, run, path):
    from xml.sax.saxutils import escape
    cs = []
    for i, it in enumerate(run.items):
        out = "webhook request: " + json.dumps(it["req"], ensure_ascii=False) + "\nwebhook response: " + json.dumps(it["resp"], ensure_ascii=False) + "\n"
        cs.append(f'    <testcase classname="conversation.spec" name="turn {i + 1}: {escape(it["user"], {chr(34): "&quot;"})}" time="0.{200 + i}">\n      <system-out>{escape(out)}</system-out>\n    </testcase>')
    return {path: '<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="jest tests" tests="%d" failures="0" errors="0" time="2.9">\n  <testsuite name="conversation.spec.js" errors="0" failures="0" skipped="0" timestamp="%s" time="2.9" tests="%d">\n%s\n  </testsuite>\n</testsuites>\n' % (len(cs), run.items[0]["ts"][:-1], len(cs), "\n".join(cs))}


def rg_ipynb(cid, run, path):
    cells = [{"cell_type": "markdown", "metadata": {}, "source": [f"## Webhook replay for {cid[4:]}\n"]}]
    for i, it in enumerate(run.items):
        cells.append({"cell_type": "code", "execution_count": i + 1, "metadata": {},
                      "source": [f"# user: {it['user']}\n", f"resp = post(fixtures[{i}])\n", "resp"],
                      "outputs": [{"output_type": "stream", "name": "stdout", "text": ["request: " + json.dumps(it["req"], ensure_ascii=False) + "\n"]},
                                  {"output_type": "execute_result", "execution_count": i + 1, "metadata": {},
                                   "data": {"application/json": it["resp"], "text/plain": ["<Response [200]>"]}}]})
    return {path: {"cells": cells, "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"}}, "nbformat": 4, "nbformat_minor": 5}}


def rg_newman(cid, run, path):
    fake = type("R", (), {})()
    fake.items = [dict(it, req=it["req"], resp=it["resp"]) for it in run.items]
    for it in fake.items:
        it["turn"] = dict(it["turn"])
    return r_newman(cid, fake, path, url="https://" + hx(cid, 6) + ".ngrok-free.app/fulfillment")


def rg_ngrok(cid, run, path):
    return {path: ngrok_items(cid, [(it["ts"], it["req"], it["resp"]) for it in run.items], "/fulfillment")}


GOOGLE_SHAPES = {"gactions-conversation": rg_pair_files, "dialogflow-webhook": rg_pair_files, "gactions-scene": rg_pair_files,
                 "gactions-conversation-jsonl": rg_pairs, "har": rg_har, "gcloud-logging": rg_gcloud, "transcript": rg_transcript,
                 "csv-log": rg_csv, "junit-xml": rg_junit, "ipynb": rg_ipynb, "newman-report": rg_newman, "ngrok-inspect": rg_ngrok}


def render_case(root, c):
    cdir = os.path.join(root, "cases", c["id"])
    p = c["pkg"]
    if p["platform"] == "alexa":
        alexa_package(cdir, p)
        locale = c.get("rec_locale") or list(p["models"])[0]
    else:
        google_project(cdir, p)
        locale = p["locale"]
    shapes = []
    for rec in c["recs"]:
        shape, path, sessions = rec[0], rec[1], rec[2]
        opts = rec[3] if len(rec) > 3 else {}
        base = opts.get("base", "2024-05-14T18:20:00")
        tag = opts.get("tag", path)
        if p["platform"] == "alexa":
            run = AlexaRun(c["id"], opts.get("locale", locale), sessions, base, tag)
            fn = ALEXA_SHAPES[shape]
            kw = {k: v for k, v in opts.items() if k in ("single", "text", "py", "kw", "sep", "stem")}
            files = fn(c["id"], run, path, **kw)
        else:
            run = GoogleRun(c["id"], p["kind"], locale, sessions, base, tag, project=p.get("project", "proj-" + hx(c["id"], 6)))
            files = GOOGLE_SHAPES[shape](c["id"], run, path)
            if shape in ("gactions-conversation", "dialogflow-webhook", "gactions-scene"):
                pass
        label_shape = shape
        if p["platform"] == "google" and shape in ("gactions-conversation", "dialogflow-webhook", "gactions-scene"):
            label_shape = {"sdkv2": "gactions-conversation", "dialogflow": "dialogflow-webhook", "builder": "gactions-scene"}[p["kind"]]
        if shape == "gactions-conversation-jsonl":
            label_shape = {"sdkv2": "gactions-conversation", "dialogflow": "dialogflow-webhook", "builder": "gactions-scene"}[p["kind"]]
        if label_shape not in shapes:
            shapes.append(label_shape)
        for rel, data in files.items():
            write(os.path.join(cdir, rel), data)
    for rel, data in c.get("extra_files", {}).items():
        write(os.path.join(cdir, rel), data)
    return shapes
