#!/usr/bin/env python3
"""Renderer: turns the hand-written case descriptions in cases_*.py into skill projects + recordings.
All spoken text and models live in the case files; this script only formats them."""
import csv, hashlib, io, json, os, shutil, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
OUT = os.path.join(ROOT, "cases")

PERMS = {"email": "alexa::profile:email:read", "name": "alexa::profile:name:read",
         "given_name": "alexa::profile:given_name:read", "phone": "alexa::profile:mobile_number:read",
         "address": "alexa::devices:all:address:full:read", "postal": "alexa:devices:all:address:country_and_postal_code:read",
         "geo": "alexa::devices:all:geolocation:read", "lists_read": "alexa::household:lists:read",
         "lists_write": "alexa::household:lists:write", "reminders": "alexa::alerts:reminders:skill:readwrite",
         "person_id": "alexa::person_id:read"}


CATMAP = {"KIDS": "CHILDRENS_GAMES", "FOOD_AND_DRINK": "COOKING_AND_RECIPE", "LIFESTYLE": "NOVELTY",
          "PRODUCTIVITY": "ORGANIZERS_AND_ASSISTANTS", "TRAVEL_AND_TRANSPORTATION": "NAVIGATION_AND_TRIP_PLANNER",
          "UTILITIES": "ORGANIZERS_AND_ASSISTANTS"}


def h(*a, n=12):
    return hashlib.sha1("|".join(map(str, a)).encode()).hexdigest()[:n]


def w(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def wj(path, obj, indent=2):
    w(path, json.dumps(obj, ensure_ascii=False, indent=indent) + "\n")


def ssml(s):
    if s is None:
        return None
    return s if s.strip().startswith("<speak>") else f"<speak>{s}</speak>"


# ---------------------------------------------------------------- Alexa package
def alexa_package(d, c):
    loc = c["locale"]
    locs = c.get("locales", [loc])
    pub = {}
    for l in locs:
        pub[l] = {"summary": c["desc"][:160], "examplePhrases": c.get("examples", [f"Alexa, open {c['inv']}"]),
                  "name": c["name"], "description": c["desc"],
                  "keywords": c.get("keywords", []),
                  "smallIconUri": f"https://s3.amazonaws.com/CAPS-SSE/echo_developer/{h(c['id'], n=4)}/APP_ICON?versionId=small",
                  "largeIconUri": f"https://s3.amazonaws.com/CAPS-SSE/echo_developer/{h(c['id'], n=4)}/APP_ICON_LARGE?versionId=large"}
    priv = {"allowsPurchases": False, "usesPersonalInfo": bool(c.get("perms") or c.get("usesPI")),
            "isChildDirected": bool(c.get("kids")), "isExportCompliant": True, "containsAds": False}
    if c.get("policy"):
        priv["locales"] = {l: {"privacyPolicyUrl": c["policy"], "termsOfUseUrl": c["policy"].rsplit("/", 1)[0] + "/terms"} for l in locs}
    m = {"manifest": {"publishingInformation": {"locales": pub, "isAvailableWorldwide": False,
                                                 "testingInstructions": c.get("testing", "Open the skill and follow the prompts."),
                                                 "category": CATMAP.get(c.get("category", "GAMES"), c.get("category", "GAMES")),
                                                 "distributionCountries": c.get("countries", [loc[-2:]])},
                      "apis": {"custom": {"endpoint": {"uri": c.get("endpoint", f"arn:aws:lambda:us-east-1:4471{h(c['id'], n=8)}:function:{c['id'][4:]}")}}},
                      "manifestVersion": "1.0", "privacyAndCompliance": priv}}
    if c.get("perms"):
        m["manifest"]["permissions"] = [{"name": PERMS.get(p, p)} for p in c["perms"]]
    if c.get("apl"):
        m["manifest"]["apis"]["custom"]["interfaces"] = [{"type": "ALEXA_PRESENTATION_APL"}]
    if c.get("manifest_extra"):
        m["manifest"].update(c["manifest_extra"])
    wj(os.path.join(d, c.get("pkgdir", "skill-package"), "skill.json"), m)
    for l in locs:
        model = c.get("models", {}).get(l, c.get("model", {}))
        intents = []
        for it in model.get("intents", []):
            name, samples = it[0], it[1]
            slots = it[2] if len(it) > 2 else {}
            o = {"name": name}
            if slots:
                o["slots"] = [{"name": k, "type": v} for k, v in slots.items()]
            o["samples"] = samples
            intents.append(o)
        for b in ("AMAZON.StopIntent", "AMAZON.CancelIntent", "AMAZON.HelpIntent", "AMAZON.NavigateHomeIntent", "AMAZON.FallbackIntent"):
            if not any(i["name"] == b for i in intents):
                intents.append({"name": b, "samples": []})
        types = [{"name": k, "values": [{"name": {"value": v}} for v in vals]} for k, vals in model.get("types", {}).items()]
        lm = {"invocationName": c.get("invs", {}).get(l, c["inv"]), "intents": intents}
        if types:
            lm["types"] = types
        wj(os.path.join(d, c.get("pkgdir", "skill-package"), "interactionModels", "custom", f"{l}.json"),
           {"interactionModel": {"languageModel": lm}})
    if c.get("lambda"):
        w(os.path.join(d, "lambda", "index.js"), c["lambda"])
        wj(os.path.join(d, "ask-resources.json"), {"askcliResourcesVersion": "2020-03-31", "profiles": {"default": {
            "skillMetadata": {"src": "./skill-package"}, "code": {"default": {"src": "./lambda"}}}}})


# ---------------------------------------------------------------- Google projects
def yq(s):
    return json.dumps(s, ensure_ascii=False)


def google_builder(d, c):
    lang = c["locale"].split("-")[0]
    sub = "" if lang == "en" else lang + "/"
    st = ["defaultLocale: en", f"projectId: {c['id'][4:]}-{h(c['id'], n=5)}", "localizedSettings:",
          f"  displayName: {yq(c['name'])}", f"  pronunciation: {yq(c['inv'])}",
          f"  shortDescription: {yq(c['desc'][:80])}", f"  fullDescription: {yq(c['desc'])}",
          f"  developerName: {yq(c.get('dev', 'Indie Voice Labs'))}",
          f"  developerEmail: dev@{c['id'][4:]}.example"]
    if c.get("policy"):
        st.append(f"  privacyPolicyUrl: {c['policy']}")
    st += [f"category: {c.get('gcategory', 'GAMES_AND_TRIVIA')}", "usesTransactionsApi: false", "usesDigitalPurchaseApi: false",
           "usesInteractiveCanvas: false", "designedForFamily: " + ("true" if c.get("kids") else "false"),
           "containsAlcoholOrTobaccoContent: false",
           f"surfaceRequirements: {{}}"]
    w(os.path.join(d, "sdk", "settings", "settings.yaml"), "\n".join(st) + "\n")
    if sub:
        w(os.path.join(d, "sdk", "settings", lang, "settings.yaml"),
          "localizedSettings:\n" + f"  displayName: {yq(c['name'])}\n  pronunciation: {yq(c['inv'])}\n")
    w(os.path.join(d, "sdk", "actions", "actions.yaml"), "actions:\n  actions.intent.MAIN:\n    engagement:\n      title: " + yq(c["name"]) + "\n")
    w(os.path.join(d, "sdk", "webhooks", "ActionsOnGoogleFulfillment.yaml"),
      "handlers:\n" + "".join(f"- name: {hn}\n" for hn in c.get("handlers", ["main"])) + "httpsEndpoint:\n  baseUrl: " + c.get("endpoint", f"https://europe-west1-{c['id'][4:]}.cloudfunctions.net/fulfillment") + "\n")
    for it in c.get("model", {}).get("intents", []):
        name, samples = it[0], it[1]
        slots = it[2] if len(it) > 2 else {}
        y = []
        if slots:
            y.append("parameters:")
            for k, v in slots.items():
                y += [f"- name: {k}", "  type:", f"    name: {v}"]
        y.append("trainingPhrases:")
        y += [f"- {yq(s)}" for s in samples]
        w(os.path.join(d, "sdk", "custom", "intents", sub + name + ".yaml"), "\n".join(y) + "\n")
    for k, vals in c.get("model", {}).get("types", {}).items():
        y = ["synonym:", "  entities:"]
        for i, v in enumerate(vals):
            y += [f"    e{i}:", "      synonyms:", f"      - {yq(v)}"]
        y.append("  matchType: FUZZY_MATCH")
        w(os.path.join(d, "sdk", "custom", "types", sub + k + ".yaml"), "\n".join(y) + "\n")
    for sn, text in c.get("scenes", {}).items():
        w(os.path.join(d, "sdk", "custom", "scenes", sn + ".yaml"), text)
    w(os.path.join(d, "sdk", "custom", "global", "actions.intent.MAIN.yaml"),
      "handler:\n  webhookHandler: main\ntransitionToScene: " + c.get("first_scene", "Start") + "\n")


def google_v2(d, c):
    lang = c["locale"].split("-")[0]
    acts = [{"description": "Default welcome", "name": "MAIN", "fulfillment": {"conversationName": c["id"][4:]},
             "intent": {"name": "actions.intent.MAIN", "trigger": {"queryPatterns": [f"talk to {c['inv']}"]}}}]
    for it in c.get("model", {}).get("intents", []):
        name, samples = it[0], it[1]
        slots = it[2] if len(it) > 2 else {}
        i = {"name": name, "trigger": {"queryPatterns": samples}}
        if slots:
            i["parameters"] = [{"name": k, "type": v} for k, v in slots.items()]
        acts.append({"description": name, "name": name, "fulfillment": {"conversationName": c["id"][4:]}, "intent": i})
    a = {"locale": lang, "manifest": {"displayName": c["name"], "invocationName": c["inv"], "shortDescription": c["desc"][:80],
                                      "longDescription": c["desc"], "category": c.get("gcategory", "GAMES_AND_TRIVIA")},
         "actions": acts, "conversations": {c["id"][4:]: {"name": c["id"][4:], "url": c.get("endpoint", f"https://{c['id'][4:]}.example.app/fulfillment"),
                                                           "fulfillmentApiVersion": 2}}}
    if c.get("policy"):
        a["manifest"]["privacyUrl"] = c["policy"]
    if c.get("model", {}).get("types"):
        a["types"] = [{"name": "$" + k, "entities": [{"key": v, "synonyms": [v]} for v in vals]} for k, vals in c["model"]["types"].items()]
    wj(os.path.join(d, "action.json"), a)


def google_df(d, c):
    lang = c["locale"].split("-")[0]
    ag = {"description": c["desc"], "language": lang, "displayName": c["name"], "defaultTimezone": "Europe/Madrid",
          "webhook": {"url": c.get("endpoint", f"https://{c['id'][4:]}.example.app/dialogflow"), "available": True},
          "googleAssistant": {"googleAssistantCompatible": True, "project": f"{c['id'][4:]}-{h(c['id'], n=5)}",
                              "welcomeIntentSignInRequired": False, "startIntents": [], "systemIntents": [],
                              "endIntentIds": [], "oAuthLinking": {"required": False}, "voiceType": "FEMALE_1",
                              "capabilities": [], "env": "", "protocolVersion": "V2", "isDeviceAgent": False}}
    if c.get("policy"):
        ag["googleAssistant"]["privacyPolicyUrl"] = c["policy"]
    wj(os.path.join(d, "agent.json"), ag)
    wj(os.path.join(d, "package.json"), {"version": "1.0.0"})
    for it in [("Default Welcome Intent", [])] + list(c.get("model", {}).get("intents", [])):
        name, samples = it[0], it[1]
        slots = it[2] if len(it) > 2 else {}
        iid = h(c["id"], name, n=8) + "-0000-4000-8000-" + h(name, n=12)
        wj(os.path.join(d, "intents", name + ".json"),
           {"id": iid, "name": name, "auto": True, "contexts": [], "responses": [{"resetContexts": False, "action": name.lower(),
            "affectedContexts": [], "parameters": [{"name": k, "required": False, "dataType": v, "value": "$" + k, "isList": False} for k, v in slots.items()],
            "messages": [], "speech": []}], "priority": 500000, "webhookUsed": True, "webhookForSlotFilling": False,
            "fallbackIntent": False, "events": [{"name": "WELCOME"}] if name == "Default Welcome Intent" else []})
        if samples:
            us = []
            for s in samples:
                parts = []
                for tok in s.split(" "):
                    if tok.startswith("{") and tok.endswith("}"):
                        k = tok[1:-1]
                        parts.append({"text": c.get("df_examples", {}).get(k, k), "alias": k, "meta": slots.get(k, "@sys.any"), "userDefined": True})
                    else:
                        parts.append({"text": tok + " ", "userDefined": False})
                us.append({"id": h(s, n=8), "data": parts, "isTemplate": False, "count": 0, "updated": 0})
            wj(os.path.join(d, "intents", f"{name}_usersays_{lang}.json"), us)
    for k, vals in c.get("model", {}).get("types", {}).items():
        wj(os.path.join(d, "entities", k + ".json"), {"id": h(k), "name": k, "isOverridable": True, "isEnum": False, "automatedExpansion": True})
        wj(os.path.join(d, "entities", f"{k}_entries_{lang}.json"), [{"value": v, "synonyms": [v]} for v in vals])


# ---------------------------------------------------------------- turns -> Alexa request/response
class Sess:
    def __init__(self, c, rec):
        self.c, self.rec = c, rec
        self.n = 0
        self.sid = None
        self.new = True
        self.t0 = rec.get("t0", "2026-11-02T18:04:11")

    def ts(self, i):
        base = self.t0
        sec = int(base[-2:]) + i * 7
        mm = int(base[-5:-3]) + sec // 60
        return f"{base[:-5]}{mm % 60:02d}:{sec % 60:02d}Z"

    def pair(self, i, t):
        c = self.c
        if self.sid is None or self.new:
            self.sid = f"amzn1.echo-api.session.{h(c['id'], self.rec['path'], i, n=8)}-{h(i, n=4)}-4{h(c['id'], n=3)}-a{h(i, c['id'], n=3)}-{h(self.rec['path'], i, n=12)}"
            isnew = True
        else:
            isnew = False
        rid = f"amzn1.echo-api.request.{h(c['id'], self.rec['path'], i, 'r', n=8)}-{h(i, 'x', n=4)}-4{h(i, n=3)}-b{h('q', i, n=3)}-{h(c['id'], i, n=12)}"
        loc = self.rec.get("locale", c["locale"])
        intent = t.get("intent", "Launch")
        if intent == "Launch":
            rq = {"type": "LaunchRequest", "requestId": rid, "timestamp": self.ts(i), "locale": loc, "shouldLinkResultBeReturned": False}
        elif intent == "SessionEnded":
            rq = {"type": "SessionEndedRequest", "requestId": rid, "timestamp": self.ts(i), "locale": loc, "reason": t.get("reason", "USER_INITIATED")}
        else:
            rq = {"type": "IntentRequest", "requestId": rid, "timestamp": self.ts(i), "locale": loc,
                  "intent": {"name": intent, "confirmationStatus": "NONE"}}
            if t.get("slots"):
                rq["intent"]["slots"] = {k: {"name": k, "value": v, "confirmationStatus": "NONE", "source": "USER"} for k, v in t["slots"].items()}
        appid = f"amzn1.ask.skill.{h(c['id'], n=8)}-{h(c['id'], 1, n=4)}-4{h(c['id'], 2, n=3)}-9{h(c['id'], 3, n=3)}-{h(c['id'], 4, n=12)}"
        req = {"version": "1.0",
               "session": {"new": isnew, "sessionId": self.sid, "application": {"applicationId": appid},
                           "attributes": {}, "user": {"userId": "amzn1.ask.account.AMA" + h(c["id"], "u", n=24).upper()}},
               "context": {"System": {"application": {"applicationId": appid},
                                      "user": {"userId": "amzn1.ask.account.AMA" + h(c["id"], "u", n=24).upper()},
                                      "device": {"deviceId": "amzn1.ask.device.AF" + h(c["id"], "d", n=20).upper(),
                                                 "supportedInterfaces": {"Alexa.Presentation.APL": {"runtime": {"maxVersion": "2023.3"}}} if c.get("apl") else {}},
                                      "apiEndpoint": "https://api.eu.amazonalexa.com" if loc[-2:] in ("DE", "ES", "FR", "IT", "GB") else ("https://api.fe.amazonalexa.com" if loc == "ja-JP" else "https://api.amazonalexa.com")}},
               "request": rq}
        if intent == "SessionEnded":
            del req["session"]["attributes"]
        resp = None
        if intent != "SessionEnded":
            r = {}
            if t.get("say") is not None:
                r["outputSpeech"] = {"type": "SSML", "ssml": ssml(t["say"])}
            if t.get("re") is not None:
                r["reprompt"] = {"outputSpeech": {"type": "SSML", "ssml": ssml(t["re"])}}
            if t.get("card"):
                r["card"] = {"type": "Simple", "title": t["card"][0], "content": t["card"][1]}
            if t.get("consent"):
                r["card"] = {"type": "AskForPermissionsConsent", "permissions": [PERMS.get(p, p) for p in t["consent"]]}
            if t.get("audio"):
                r["directives"] = [{"type": "AudioPlayer.Play", "playBehavior": "REPLACE_ALL",
                                    "audioItem": {"stream": {"url": t["audio"], "token": h(t["audio"]), "offsetInMilliseconds": 0}}}]
            if t.get("apl"):
                r.setdefault("directives", []).append({"type": "Alexa.Presentation.APL.RenderDocument", "token": "main",
                    "document": {"type": "APL", "version": "2023.3", "mainTemplate": {"parameters": ["payload"], "items": [
                        {"type": "Container", "items": [{"type": "Text", "text": "${payload.data.headline}", "fontSize": "40dp"},
                                                        {"type": "Text", "text": "${payload.data.body}"}]}]}},
                    "datasources": {"data": {"headline": t["apl"][0], "body": t["apl"][1]}}})
            if "end" in t and t["end"] is not None:
                r["shouldEndSession"] = t["end"]
            resp = {"version": "1.0", "sessionAttributes": t.get("attrs", {}), "userAgent": "ask-node/2.14.0 Node/v18.18.2", "response": r}
        self.new = bool(t.get("end")) or intent == "SessionEnded"
        return req, resp


def pairs(c, rec):
    s = Sess(c, rec)
    return [(t, *s.pair(i, t)) for i, t in enumerate(rec["turns"])]


def speech_text(x):
    if x is None:
        return ""
    return x


# ---------------------------------------------------------------- shape writers
def R_envelope(d, c, rec):
    base = rec["path"]
    for i, (t, q, r) in enumerate(pairs(c, rec)):
        if r is None:
            continue
        name = base.replace("{i}", f"{i + 1:02d}").replace("{intent}", t.get("intent", "Launch").split(".")[-1].lower())
        wj(os.path.join(d, name), r)


def R_pairs_jsonl(d, c, rec):
    w(os.path.join(d, rec["path"]), "".join(json.dumps({"request": q, "response": r}, ensure_ascii=False) + "\n" for t, q, r in pairs(c, rec)))


def R_pairs_array(d, c, rec):
    wj(os.path.join(d, rec["path"]), [{"request": q, "response": r} for t, q, r in pairs(c, rec)])


def R_smapi_simulation(d, c, rec):
    for i, (t, q, r) in enumerate(pairs(c, rec)):
        if r is None:
            continue
        o = {"id": h(c["id"], i, n=8) + "-" + h(i, n=4) + "-4" + h(c["id"], n=3) + "-8" + h(i, c["id"], n=3) + "-" + h(rec["path"], i, n=12),
             "status": "SUCCESSFUL",
             "result": {"alexaExecutionInfo": {"alexaResponses": [{"type": "Speech", "content": {"caption": t.get("caption", "")}}],
                                                "considered": [{"type": "SKILL", "name": c["name"]}], "consideredIntents": []},
                        "skillExecutionInfo": {"invocations": [{"invocationRequest": {"endpoint": c.get("endpoint", "arn:aws:lambda:us-east-1:000:function:x"), "body": q},
                                                                "invocationResponse": {"body": r}, "metrics": {"skillExecutionTimeInMilliseconds": 180 + i * 13}}]},
                        "error": None}}
        wj(os.path.join(d, rec["path"].replace("{i}", f"{i + 1:02d}")), o)


def R_smapi_invocation(d, c, rec):
    for i, (t, q, r) in enumerate(pairs(c, rec)):
        if r is None:
            continue
        wj(os.path.join(d, rec["path"].replace("{i}", f"{i + 1:02d}")),
           {"id": h(c["id"], "inv", i, n=32), "status": "SUCCESSFUL",
            "result": {"skillExecutionInfo": {"invocationRequest": {"endpoint": c.get("endpoint", "arn:aws:lambda:eu-west-1:000:function:x"), "body": q},
                                              "invocationResponse": {"body": r}, "metrics": {"skillExecutionTimeInMilliseconds": 211 + i}}, "error": None}})


def R_ask_dialog(d, c, rec):
    ps = pairs(c, rec)
    base = rec["path"]
    wj(os.path.join(d, base + ".replay.json"), {"skillId": f"amzn1.ask.skill.{h(c['id'], n=8)}-{h(c['id'], 1, n=4)}-4{h(c['id'], 2, n=3)}-9{h(c['id'], 3, n=3)}-{h(c['id'], 4, n=12)}",
                                                "locale": c["locale"], "type": "text", "userInput": [t.get("utt", "") for t, q, r in ps if t.get("utt")]})
    if rec.get("text"):
        lines = []
        for t, q, r in ps:
            if t.get("utt"):
                lines.append(f"User  > {t['utt']}")
            if r is not None:
                lines.append(f"Alexa > {r['response'].get('outputSpeech', {}).get('ssml', '')}")
                if "reprompt" in r["response"]:
                    lines.append(f"        (reprompt) {r['response']['reprompt']['outputSpeech']['ssml']}")
                lines.append(f"        [shouldEndSession: {str(r['response'].get('shouldEndSession')).lower()}]")
        w(os.path.join(d, base + ".record.txt"), "\n".join(lines) + "\n")
    else:
        wj(os.path.join(d, base + ".record.json"), [{"utterance": t.get("utt", ""), "invocations": [{"request": q, "response": r}]} for t, q, r in ps if r is not None])


def R_cloudwatch_text(d, c, rec):
    out = []
    py = rec.get("python")
    for i, (t, q, r) in enumerate(pairs(c, rec)):
        rid = f"{h(c['id'], i, n=8)}-{h(i, n=4)}-4{h(c['id'], n=3)}-a{h(i, 'z', n=3)}-{h(c['id'], 'l', i, n=12)}"
        ts = q["request"]["timestamp"].replace("Z", ".412Z")
        out.append(f"START RequestId: {rid} Version: {rec.get('version', '$LATEST')}")
        kw = rec.get("kw", ("Request: ", "Response: "))
        if py:
            out.append(f"[INFO]\t{ts}\t{rid}\t{kw[0]}{json.dumps(q, ensure_ascii=False)}")
            if r:
                out.append(f"[INFO]\t{ts}\t{rid}\t{kw[1]}{json.dumps(r, ensure_ascii=False)}")
        else:
            out.append(f"{ts}\t{rid}\tINFO\t{kw[0]}{json.dumps(q, ensure_ascii=False)}")
            if r:
                out.append(f"{ts}\t{rid}\tINFO\t{kw[1]}{json.dumps(r, ensure_ascii=False)}")
        out.append(f"END RequestId: {rid}")
        out.append(f"REPORT RequestId: {rid}\tDuration: {40 + i * 3}.17 ms\tBilled Duration: {41 + i * 3} ms\tMemory Size: 256 MB\tMax Memory Used: 88 MB")
    w(os.path.join(d, rec["path"]), "\n".join(out) + "\n")


def R_cloudwatch_json(d, c, rec):
    ev = []
    for i, (t, q, r) in enumerate(pairs(c, rec)):
        rid = f"{h(c['id'], i, n=8)}-{h(i, n=4)}-4{h(c['id'], n=3)}-a{h(i, 'z', n=3)}-{h(c['id'], 'l', i, n=12)}"
        ts = q["request"]["timestamp"]
        base = 1793000000000 + i * 7000
        ev.append({"logStreamName": f"2026/11/02/[$LATEST]{h(c['id'], 's', n=32)}", "timestamp": base, "message": f"{ts}\t{rid}\tINFO\tRequest: {json.dumps(q, ensure_ascii=False)}\n", "ingestionTime": base + 40, "eventId": h(c['id'], i, 'e', n=40)})
        if r:
            ev.append({"logStreamName": f"2026/11/02/[$LATEST]{h(c['id'], 's', n=32)}", "timestamp": base + 90, "message": f"{ts}\t{rid}\tINFO\tResponse: {json.dumps(r, ensure_ascii=False)}\n", "ingestionTime": base + 130, "eventId": h(c['id'], i, 'f', n=40)})
    wj(os.path.join(d, rec["path"]), {"events": ev, "searchedLogStreams": []})


def R_har(d, c, rec):
    ents = []
    for i, (t, q, r) in enumerate(pairs(c, rec)):
        if r is None:
            continue
        body = json.dumps(r, ensure_ascii=False)
        url = rec.get("url", f"https://{c['id'][4:]}.ngrok.app/alexa")
        ents.append({"startedDateTime": q["request"]["timestamp"].replace("Z", ".000Z"), "time": 212,
                     "request": {"method": "POST", "url": url, "httpVersion": "HTTP/1.1",
                                 "headers": [{"name": "Content-Type", "value": "application/json; charset=utf-8"}, {"name": "Signature-256", "value": h(i, n=40)}],
                                 "queryString": [], "cookies": [], "headersSize": -1, "bodySize": len(json.dumps(q)),
                                 "postData": {"mimeType": "application/json; charset=utf-8", "text": json.dumps(q, ensure_ascii=False)}},
                     "response": {"status": 200, "statusText": "OK", "httpVersion": "HTTP/1.1", "headers": [{"name": "Content-Type", "value": "application/json"}],
                                  "cookies": [], "content": {"size": len(body), "mimeType": "application/json", "text": body}, "redirectURL": "", "headersSize": -1, "bodySize": len(body)},
                     "cache": {}, "timings": {"send": 1, "wait": 200, "receive": 11}})
    wj(os.path.join(d, rec["path"]), {"log": {"version": "1.2", "creator": {"name": rec.get("creator", "Firefox"), "version": "133.0"}, "pages": [], "entries": ents}})


def R_transcript(d, c, rec):
    out = [f"# probe session {rec.get('label', c['id'])} locale={c['locale']}"]
    s = Sess(c, rec)
    for i, t in enumerate(rec["turns"]):
        ts = s.ts(i)
        if t.get("utt"):
            out.append(f"[{ts}] USER: {t['utt']}")
        if t.get("intent") == "SessionEnded":
            continue
        out.append(f"[{ts}] SKILL: {t.get('say') or ''}")
        if t.get("re") is not None:
            out.append(f"[{ts}] REPROMPT: {t['re']}")
        if t.get("card"):
            out.append(f"[{ts}] CARD: {t['card'][0]} | {t['card'][1]}")
        out.append(f"session_open={'false' if t.get('end') else 'true'}")
    w(os.path.join(d, rec["path"]), "\n".join(out) + "\n")


# --- Google recordings
def R_gactions_scene(d, c, rec):
    out = []
    sid = "ABwppHF" + h(c["id"], rec["path"], n=30)
    for i, t in enumerate(rec["turns"]):
        req = {"handler": {"name": t.get("handler", "main")}, "intent": {"name": t.get("intent", "actions.intent.MAIN"), "params": {k: {"original": v, "resolved": v} for k, v in (t.get("slots") or {}).items()}, "query": t.get("utt", "")},
               "scene": {"name": t.get("scene", "Start"), "slotFillingStatus": "UNSPECIFIED", "slots": {}},
               "session": {"id": sid, "params": {}, "typeOverrides": [], "languageCode": c["locale"]},
               "user": {"locale": c["locale"], "params": {}, "accountLinkingStatus": "ACCOUNT_LINKING_STATUS_UNSPECIFIED", "verificationStatus": "VERIFIED", "packageEntitlements": [], "gaiamint": "", "permissions": [], "lastSeenTime": "2026-11-01T10:00:00Z"},
               "home": {"params": {}}, "device": {"capabilities": ["SPEECH", "RICH_RESPONSE", "LONG_FORM_AUDIO"], "timeZone": {"id": "Europe/Berlin"}}}
        p = {"override": False, "firstSimple": {"speech": t.get("say", ""), "text": t.get("text", t.get("say", ""))}}
        if t.get("card"):
            p["content"] = {"card": {"title": t["card"][0], "text": t["card"][1]}}
        resp = {"session": {"id": sid, "params": {}}, "prompt": p,
                "scene": {"name": t.get("scene", "Start"), "slots": {}, "next": {"name": "actions.scene.END_CONVERSATION" if t.get("end") else t.get("next", t.get("scene", "Start"))}}}
        out.append({"request": req, "response": resp})
    if rec.get("jsonl"):
        w(os.path.join(d, rec["path"]), "".join(json.dumps(o, ensure_ascii=False) + "\n" for o in out))
    else:
        wj(os.path.join(d, rec["path"]), out)


def R_gactions_conversation(d, c, rec):
    out = []
    cid = h(c["id"], rec["path"], n=20)
    for i, t in enumerate(rec["turns"]):
        req = {"user": {"locale": c["locale"], "lastSeen": "2026-11-01T10:00:00Z", "userVerificationStatus": "VERIFIED"},
               "conversation": {"conversationId": cid, "type": "NEW" if i == 0 else "ACTIVE", "conversationToken": "[]"},
               "inputs": [{"intent": t.get("intent", "actions.intent.MAIN"), "rawInputs": [{"inputType": "VOICE", "query": t.get("utt", f"talk to {c['inv']}")}],
                           "arguments": [{"name": k, "rawText": v, "textValue": v} for k, v in (t.get("slots") or {}).items()]}],
               "surface": {"capabilities": [{"name": "actions.capability.AUDIO_OUTPUT"}, {"name": "actions.capability.MEDIA_RESPONSE_AUDIO"}]},
               "isInSandbox": True, "requestType": "SIMULATOR"}
        items = [{"simpleResponse": {"textToSpeech": ssml(t.get("say", "")), "displayText": t.get("text", "")}}]
        if t.get("card"):
            items.append({"basicCard": {"title": t["card"][0], "formattedText": t["card"][1]}})
        if t.get("end"):
            resp = {"expectUserResponse": False, "finalResponse": {"richResponse": {"items": items}}}
        else:
            ei = {"inputPrompt": {"richInitialPrompt": {"items": items}}, "possibleIntents": [{"intent": "actions.intent.TEXT"}]}
            if t.get("re") is not None:
                ei["inputPrompt"]["noInputPrompts"] = [{"textToSpeech": ssml(t["re"])}] * 3
            if t.get("perm"):
                ei["possibleIntents"] = [{"intent": "actions.intent.PERMISSION", "inputValueData": {"@type": "type.googleapis.com/google.actions.v2.PermissionValueSpec", "optContext": t["perm"][0], "permissions": t["perm"][1]}}]
            resp = {"expectUserResponse": True, "expectedInputs": [ei], "conversationToken": "[]"}
        out.append({"request": req, "response": resp})
    wj(os.path.join(d, rec["path"]), out)


def R_dialogflow_webhook(d, c, rec):
    out = []
    sess = f"projects/{c['id'][4:]}-{h(c['id'], n=5)}/agent/sessions/{h(c['id'], rec['path'], n=24)}"
    lang = c["locale"].split("-")[0]
    for i, t in enumerate(rec["turns"]):
        req = {"responseId": h(c["id"], i, n=8) + "-" + h(i, n=4) + "-4" + h(c["id"], n=3) + "-8" + h(i, "r", n=3) + "-" + h(c["id"], i, n=12) + "-" + h(i, n=8),
               "queryResult": {"queryText": t.get("utt", "GOOGLE_ASSISTANT_WELCOME"), "parameters": t.get("slots") or {}, "allRequiredParamsPresent": True,
                               "intent": {"name": f"{sess.split('/sessions')[0]}/intents/{h(t.get('intent', 'welcome'), n=8)}", "displayName": t.get("intent", "Default Welcome Intent")},
                               "intentDetectionConfidence": 1, "languageCode": lang},
               "originalDetectIntentRequest": {"source": "google", "version": "2", "payload": {"user": {"locale": c["locale"]}, "conversation": {"conversationId": h(c["id"], n=20), "type": "NEW" if i == 0 else "ACTIVE"},
                                                                                          "inputs": [{"rawInputs": [{"query": t.get("utt", ""), "inputType": "VOICE"}]}]}},
               "session": sess}
        g = {"expectUserResponse": not t.get("end"), "richResponse": {"items": [{"simpleResponse": {"textToSpeech": t.get("say", ""), "displayText": t.get("text", t.get("say", ""))}}]}}
        if t.get("card"):
            g["richResponse"]["items"].append({"basicCard": {"title": t["card"][0], "formattedText": t["card"][1]}})
        if t.get("re") is not None:
            g["noInputPrompts"] = [{"textToSpeech": t["re"]}]
        if t.get("perm"):
            g["systemIntent"] = {"intent": "actions.intent.PERMISSION", "data": {"@type": "type.googleapis.com/google.actions.v2.PermissionValueSpec", "optContext": t["perm"][0], "permissions": t["perm"][1]}}
        resp = {"fulfillmentText": t.get("text", t.get("say", "")), "payload": {"google": g}}
        out.append({"webhookRequest": req, "webhookResponse": resp})
    if rec.get("jsonl"):
        w(os.path.join(d, rec["path"]), "".join(json.dumps(o, ensure_ascii=False) + "\n" for o in out))
    else:
        wj(os.path.join(d, rec["path"]), out)


# --- shapes not in the brief's list
def prettyformat(o, ind=0):
    sp = "  " * ind
    if isinstance(o, dict):
        if not o:
            return "Object {}"
        s = "Object {\n"
        for k in sorted(o):
            s += f"{sp}  {json.dumps(k, ensure_ascii=False)}: {prettyformat(o[k], ind + 1)},\n"
        return s + sp + "}"
    if isinstance(o, list):
        if not o:
            return "Array []"
        return "Array [\n" + "".join(f"{sp}  {prettyformat(x, ind + 1)},\n" for x in o) + sp + "]"
    if o is None:
        return "null"
    if isinstance(o, bool):
        return "true" if o else "false"
    if isinstance(o, str):
        return '"' + o.replace("\\", "\\\\").replace('"', '\\"').replace("`", "\\`") + '"'
    return str(o)


def R_jest_snapshot(d, c, rec):
    """Jest snapshot file (pretty-format, not JSON) of the handler's response envelopes."""
    s = "// Jest Snapshot v1, https://goo.gl/fbAQLP\n\n"
    for i, (t, q, r) in enumerate(pairs(c, rec)):
        if r is None:
            continue
        label = t.get("label", t.get("utt") or t.get("intent", "Launch"))
        s += f"exports[`{rec.get('suite', c['name'])} {label} 1`] = `\n{prettyformat(r)}\n`;\n\n"
    w(os.path.join(d, rec["path"]), s)


def R_bespoken_yaml(d, c, rec):
    """Bespoken unit-test YAML with the expected prompt/reprompt/shouldEndSession per request."""
    y = ["---", "configuration:", f"  locale: {c['locale']}", f"  description: {yq(rec.get('desc', c['name'] + ' regression'))}", "", "---",
         f"- test: {yq(rec.get('test', 'main flow'))}"]
    for t in rec["turns"]:
        if t.get("intent") == "SessionEnded":
            continue
        key = "LaunchRequest" if t.get("intent", "Launch") == "Launch" else t["intent"]
        if t.get("slots"):
            key += " " + " ".join(f"{k}={v}" for k, v in t["slots"].items())
        y.append(f"- {key}:")
        y.append(f"  - prompt: {yq(speech_text(t.get('say')))}")
        if t.get("re") is not None:
            y.append(f"  - reprompt: {yq(t['re'])}")
        if t.get("card"):
            y.append(f"  - cardTitle: {yq(t['card'][0])}")
            y.append(f"  - cardContent: {yq(t['card'][1])}")
        y.append(f"  - response.shouldEndSession: {'true' if t.get('end') else 'false'}")
    w(os.path.join(d, rec["path"]), "\n".join(y) + "\n")


def R_postman(d, c, rec):
    """Postman collection v2.1 with saved example responses."""
    items = []
    url = rec.get("url", f"https://{c['id'][4:]}.example.dev/alexa")
    for i, (t, q, r) in enumerate(pairs(c, rec)):
        if r is None:
            continue
        reqo = {"method": "POST", "header": [{"key": "Content-Type", "value": "application/json"}],
                "body": {"mode": "raw", "raw": json.dumps(q, ensure_ascii=False, indent=2), "options": {"raw": {"language": "json"}}},
                "url": {"raw": url, "protocol": "https", "host": url.split("/")[2].split("."), "path": url.split("/")[3:]}}
        items.append({"name": t.get("label", t.get("utt") or t.get("intent", "Launch")), "request": reqo,
                      "response": [{"name": "saved " + rec.get("saved", "2026-11-03"), "originalRequest": reqo, "status": "OK", "code": 200,
                                    "_postman_previewlanguage": "json", "header": [{"key": "Content-Type", "value": "application/json"}],
                                    "cookie": [], "body": json.dumps(r, ensure_ascii=False, indent=2)}]})
    wj(os.path.join(d, rec["path"]), {"info": {"_postman_id": h(c["id"], "pm", n=8) + "-" + h(c["id"], n=4) + "-4" + h(c["id"], "x", n=3) + "-8" + h(c["id"], "y", n=3) + "-" + h(c["id"], "z", n=12),
                                               "name": rec.get("collection", c["name"] + " endpoint"), "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
                                      "item": items})


def R_qa_csv(d, c, rec):
    """QA spreadsheet exported as CSV (or TSV): one row per turn."""
    buf = io.StringIO()
    delim = rec.get("delim", ",")
    wr = csv.writer(buf, delimiter=delim)
    cols = rec.get("cols", ["step", "tester_said", "intent", "alexa_said", "reprompt", "card", "session_ended", "notes"])
    wr.writerow(cols)
    for i, t in enumerate(rec["turns"]):
        if t.get("intent") == "SessionEnded":
            continue
        wr.writerow([i + 1, t.get("utt", ""), t.get("intent", "LaunchRequest"), t.get("say") or "", t.get("re") if t.get("re") is not None else "",
                     " / ".join(t["card"]) if t.get("card") else "", "TRUE" if t.get("end") else "FALSE", t.get("note", "")][:len(cols)])
    w(os.path.join(d, rec["path"]), buf.getvalue())


def R_ipynb(d, c, rec):
    """Jupyter notebook that POSTs requests to a local endpoint; outputs hold the response JSON."""
    cells = [{"cell_type": "markdown", "metadata": {}, "source": [rec.get("title", f"# {c['name']} endpoint checks\n")]},
             {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [],
              "source": ["import json, requests\n", f"URL = '{rec.get('url', 'http://localhost:3000/')}'\n", "def send(env):\n", "    r = requests.post(URL, json=env)\n", "    return r.json()\n"]}]
    n = 2
    for i, (t, q, r) in enumerate(pairs(c, rec)):
        if r is None:
            continue
        cells.append({"cell_type": "code", "execution_count": n, "metadata": {},
                      "source": [f"req = {json.dumps(q, ensure_ascii=False)}\n", "send(req)"],
                      "outputs": [{"output_type": "execute_result", "execution_count": n, "metadata": {},
                                   "data": {"text/plain": [json.dumps(r, ensure_ascii=False, indent=1)]}}]})
        n += 1
    wj(os.path.join(d, rec["path"]), {"cells": cells, "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
                                                                   "language_info": {"name": "python", "version": "3.11.6"}}, "nbformat": 4, "nbformat_minor": 5}, indent=1)


def R_elk_ndjson(d, c, rec):
    """Log-shipper export (Functionbeat/Elasticsearch `_source` lines) whose `message` carries the Lambda log line."""
    out = []
    for i, (t, q, r) in enumerate(pairs(c, rec)):
        rid = f"{h(c['id'], i, n=8)}-{h(i, n=4)}-4{h(c['id'], n=3)}-a{h(i, 'z', n=3)}-{h(c['id'], 'l', i, n=12)}"
        ts = q["request"]["timestamp"]
        for kind, body in (("REQUEST", q), ("RESPONSE", r)):
            if body is None:
                continue
            out.append({"@timestamp": ts, "cloud": {"provider": "aws", "region": rec.get("region", "eu-west-1")},
                        "aws": {"cloudwatch": {"log_group": f"/aws/lambda/{c['id'][4:]}", "log_stream": f"2026/11/02/[$LATEST]{h(c['id'], n=32)}"}},
                        "log": {"level": "info"}, "message": f"{ts}\t{rid}\tINFO\t{kind} {json.dumps(body, ensure_ascii=False)}",
                        "event": {"dataset": "aws.lambda"}, "service": {"name": c["id"][4:]}})
    w(os.path.join(d, rec["path"]), "".join(json.dumps(o, ensure_ascii=False) + "\n" for o in out))


WRITERS = {"envelope": R_envelope, "pairs-jsonl": R_pairs_jsonl, "pairs-array": R_pairs_array, "smapi-simulation": R_smapi_simulation,
           "smapi-invocation": R_smapi_invocation, "ask-dialog": R_ask_dialog, "cloudwatch-text": R_cloudwatch_text,
           "cloudwatch-json": R_cloudwatch_json, "har": R_har, "transcript": R_transcript, "gactions-scene": R_gactions_scene,
           "gactions-conversation": R_gactions_conversation, "dialogflow-webhook": R_dialogflow_webhook,
           "jest-snapshot": R_jest_snapshot, "bespoken-yaml": R_bespoken_yaml, "postman-collection": R_postman,
           "qa-csv": R_qa_csv, "ipynb": R_ipynb, "elk-ndjson": R_elk_ndjson}


def T(utt, intent, say, re=None, end=False, **kw):
    t = {"utt": utt, "intent": intent, "say": say, "re": re, "end": end}
    t.update(kw)
    return t


def main():
    sys.path.insert(0, HERE)
    import cases_a, cases_b, cases_c
    allc = cases_a.CASES + cases_b.CASES + cases_c.CASES
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)
    labels = {}
    ids = set()
    for c in allc:
        assert c["id"] not in ids, c["id"]
        ids.add(c["id"])
        d = os.path.join(OUT, c["id"])
        kind = c.get("kind", "alexa")
        {"alexa": alexa_package, "builder": google_builder, "v2": google_v2, "df": google_df}[kind](d, c)
        shapes = []
        for rec in c.get("recs", []):
            WRITERS[rec["shape"]](d, c, rec)
            if rec["shape"] not in shapes:
                shapes.append(rec["shape"])
        for p, txt in c.get("files", {}).items():
            w(os.path.join(d, p), txt)
        labels[c["id"]] = {"categories": sorted(c["cats"]), "locale": c["locale"], "shapes": shapes, "why": c["why"]}
    wj(os.path.join(ROOT, "labels.json"), dict(sorted(labels.items())))
    print(len(labels), "cases written")


if __name__ == "__main__":
    main()
