"""Turns the hand-written case descriptions (cases_*.py) into project folders and recordings.
Nothing here invents content: every utterance, prompt, sample and listing text comes from the case files."""
import csv, hashlib, io, json, os, uuid

BUILTINS = ["AMAZON.CancelIntent", "AMAZON.HelpIntent", "AMAZON.StopIntent", "AMAZON.NavigateHomeIntent"]
PERM_MAP = {"name": "alexa::profile:name:read", "given_name": "alexa::profile:given_name:read",
            "email": "alexa::profile:email:read", "mobile": "alexa::profile:mobile_number:read",
            "address": "alexa::devices:all:address:full:read", "postal": "alexa::devices:all:address:country_and_postal_code:read",
            "geo": "alexa::devices:all:geolocation:read", "lists_read": "alexa::household:lists:read",
            "lists_write": "alexa::household:lists:write", "reminders": "alexa::alerts:reminders:skill:readwrite",
            "timers": "alexa::alerts:timers:skill:readwrite", "person": "alexa::person_id:read",
            "autopay": "payments:autopay_consent"}


def _h(*parts):
    return hashlib.sha1("|".join(map(str, parts)).encode()).hexdigest()


def _uuid(*parts):
    return str(uuid.UUID(_h(*parts)[:32]))


def T(user, intent, speech, rep=None, end=True, slots=None, card=None):
    """One turn. intent: 'Launch', 'End' (SessionEndedRequest) or an intent name. end: True/False/None(absent)."""
    return {"user": user, "intent": intent, "speech": speech, "rep": rep, "end": end, "slots": slots or {}, "card": card}


def ssml(s):
    if s is None:
        return None
    return s if s.startswith("<speak>") else "<speak>" + s + "</speak>"


def W(path, data):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        if isinstance(data, (dict, list)):
            json.dump(data, f, ensure_ascii=False, indent=2)
            f.write("\n")
        else:
            f.write(data)


# ---------------------------------------------------------------- projects
def write_alexa_project(root, c):
    locs = c["locales"]
    inv = c["inv"] if isinstance(c["inv"], dict) else {l: c["inv"] for l in locs}
    name = c["name"] if isinstance(c["name"], dict) else {l: c["name"] for l in locs}
    desc = c["desc"] if isinstance(c["desc"], dict) else {l: c["desc"] for l in locs}
    pub = {}
    for l in locs:
        d = desc[l]
        pub[l] = {"summary": d.split(". ")[0][:160], "examplePhrases": c.get("examples", {}).get(l) or [f"Alexa, open {inv[l]}"],
                  "name": name[l], "description": d,
                  "smallIconUri": "https://s3.amazonaws.com/CAPS-SSE/echo_developer/" + _h(c["id"])[:4] + "/APP_ICON?versionId=small",
                  "largeIconUri": "https://s3.amazonaws.com/CAPS-SSE/echo_developer/" + _h(c["id"])[:4] + "/APP_ICON_LARGE?versionId=large"}
        if c.get("keywords", {}).get(l):
            pub[l]["keywords"] = c["keywords"][l]
    pac = {"allowsPurchases": c.get("purchases", False), "usesPersonalInfo": bool(c.get("perms")) or c.get("personal", False),
           "isChildDirected": c.get("child", False), "isExportCompliant": True, "containsAds": False}
    if c.get("policy"):
        pac["locales"] = {l: {"privacyPolicyUrl": c["policy"], "termsOfUseUrl": c["policy"].rsplit("/", 1)[0] + "/terms"} for l in locs}
    manifest = {"publishingInformation": {"locales": pub, "isAvailableWorldwide": False,
                                          "testingInstructions": c.get("testing", "Open the skill and follow the prompts."),
                                          "category": c.get("category", "GAMES"),
                                          "distributionCountries": c.get("countries", []),
                                          "automaticDistribution": {"isActive": False}},
                "apis": {"custom": {"endpoint": {"uri": "arn:aws:lambda:" + c.get("region", "eu-west-1") + ":" + str(int(_h(c["id"])[:8], 16))[:12].rjust(12, "4") + ":function:" + c["id"][4:]}}},
                "manifestVersion": "1.0", "privacyAndCompliance": pac}
    if c.get("perms"):
        manifest["permissions"] = [{"name": PERM_MAP.get(p, p)} for p in c["perms"]]
    if c.get("interfaces"):
        manifest["apis"]["custom"]["interfaces"] = [{"type": i} for i in c["interfaces"]]
    W(os.path.join(root, "skill-package", "skill.json"), {"manifest": manifest})
    for l in locs:
        intents = []
        for it in c["intents"].get(l, c["intents"].get("*", [])):
            n, slots, samples = it
            intents.append({"name": n, "slots": [{"name": s, "type": t} for s, t in slots], "samples": samples})
        have = {i["name"] for i in intents}
        for b in BUILTINS:
            if b not in have:
                intents.append({"name": b, "samples": []})
        types = []
        for tn, vals in c.get("types", {}).get(l, c.get("types", {}).get("*", [])):
            types.append({"name": tn, "values": [{"name": {"value": v}} for v in vals]})
        lm = {"invocationName": inv[l], "intents": intents}
        if types:
            lm["types"] = types
        W(os.path.join(root, "skill-package", "interactionModels", "custom", l + ".json"), {"interactionModel": {"languageModel": lm}})
    if c.get("ask_resources", True):
        W(os.path.join(root, "ask-resources.json"), {"askcliResourcesVersion": "2020-03-31", "profiles": {"default": {
            "skillMetadata": {"src": "./skill-package"},
            "code": {"default": {"src": "./lambda"}},
            "skillInfrastructure": {"type": "@ask-cli/lambda-deployer", "userConfig": {"runtime": "nodejs18.x", "handler": "index.handler", "awsRegion": c.get("region", "eu-west-1")}}}}})


def _yaml_str(s):
    return json.dumps(s, ensure_ascii=False)


def write_builder_project(root, c):
    l = c["locales"][0]
    s = ["defaultLocale: " + l.split("-")[0] if False else "defaultLocale: " + l,
         "projectId: " + c["id"][4:] + "-" + _h(c["id"])[:5],
         "localizedSettings:",
         "  displayName: " + _yaml_str(c["name"]),
         "  pronunciation: " + _yaml_str(c["inv"]),
         "  shortDescription: " + _yaml_str(c["desc"].split(". ")[0][:80]),
         "  fullDescription: " + _yaml_str(c["desc"]),
         "  developerName: " + _yaml_str(c.get("developer", "Independent developer")),
         "  developerEmail: " + c.get("email", "dev@" + c["id"][4:] + ".example")]
    if c.get("policy"):
        s.append("  privacyPolicyUrl: " + c["policy"])
    s += ["  smallLogoImage: $resources.images.square", "category: " + c.get("gcategory", "GAMES_AND_TRIVIA"),
          "usesTransactionsApi: false", "usesDigitalPurchaseApi: false", "usesInteractiveCanvas: false",
          "designedForFamily: " + ("true" if c.get("child") else "false"), "containsAlcoholOrTobaccoContent: false",
          "keepsMicOpen: " + ("true" if c.get("keeps_mic") else "false"), "surfaceRequirements: {}"]
    W(os.path.join(root, "sdk", "settings", "settings.yaml"), "\n".join(s) + "\n")
    W(os.path.join(root, "sdk", "manifest.yaml"), "version: \"1.0\"\n")
    for n, slots, phrases in c["intents"]["*"]:
        y = ["parameters:"] if slots else []
        for sn, st in slots:
            y += ["- name: " + sn, "  type:", "    name: " + st]
        y.append("trainingPhrases:")
        y += ["- " + _yaml_str(p) for p in phrases]
        W(os.path.join(root, "sdk", "custom", "intents", n + ".yaml"), "\n".join(y) + "\n")
    for tn, spec in c.get("types", {}).get("*", []):
        if spec == "freeText":
            W(os.path.join(root, "sdk", "custom", "types", tn + ".yaml"), "freeText: {}\n")
        else:
            y = ["synonym:", "  entities:"]
            for v in spec:
                y += ["    " + v.replace(" ", "_") + ":", "      synonyms:", "      - " + _yaml_str(v)]
            y += ["  matchType: EXACT_MATCH"]
            W(os.path.join(root, "sdk", "custom", "types", tn + ".yaml"), "\n".join(y) + "\n")
    for sn, text in c.get("scenes", {}).items():
        W(os.path.join(root, "sdk", "custom", "scenes", sn + ".yaml"), text)
    W(os.path.join(root, "sdk", "webhooks", "ActionsOnGoogleFulfillment.yaml"), "handlers:\n- name: main\n- name: answer\ninlineCloudFunction:\n  executeFunction: ActionsOnGoogleFulfillment\n")


def write_sdk2_project(root, c):
    l = c["locales"][0]
    acts = [{"description": "Default welcome", "name": "MAIN", "fulfillment": {"conversationName": c["id"][4:]},
             "intent": {"name": "actions.intent.MAIN", "trigger": {"queryPatterns": c.get("main_patterns", ["talk to " + c["inv"]])}}}]
    for n, slots, phrases in c["intents"]["*"]:
        it = {"name": n, "trigger": {"queryPatterns": phrases}}
        if slots:
            it["parameters"] = [{"name": sn, "type": st} for sn, st in slots]
        acts.append({"description": n, "name": n.upper(), "fulfillment": {"conversationName": c["id"][4:]}, "intent": it})
    d = {"locale": l, "actions": acts,
         "conversations": {c["id"][4:]: {"name": c["id"][4:], "url": "https://europe-west1-" + c["id"][4:] + ".cloudfunctions.net/fulfillment", "fulfillmentApiVersion": 2}}}
    if c.get("types"):
        d["types"] = [{"name": tn, "entities": [{"key": v, "synonyms": [v]} for v in vals]} for tn, vals in c["types"]["*"]]
    W(os.path.join(root, "action.json"), d)
    W(os.path.join(root, "settings", "listing.json"), {"displayName": c["name"], "invocationName": c["inv"], "shortDescription": c["desc"].split(". ")[0],
                                                     "fullDescription": c["desc"], "privacyPolicyUrl": c.get("policy") or "", "category": c.get("gcategory", "GAMES_AND_TRIVIA"),
                                                     "designedForFamily": c.get("child", False)})


def write_df_project(root, c):
    l = c["locales"][0]
    lang = l.split("-")[0] if l.split("-")[0] != "pt" else "pt-br"
    W(os.path.join(root, "agent.json"), {"description": c["desc"], "language": lang, "shortDescription": c["name"], "examples": "",
                                         "linkToDocs": "", "displayName": c["name"], "disableInteractionLogs": False,
                                         "disableStackdriverLogs": True, "defaultTimezone": c.get("tz", "Europe/Madrid"),
                                         "webhook": {"url": "https://" + c["id"][4:] + ".example.net/df", "username": "", "headers": {}, "available": True, "useForDomains": False, "cloudFunctionsEnabled": False, "cloudFunctionsInitialized": False},
                                         "isPrivate": True, "mlMinConfidence": 0.3, "supportedLanguages": [], "enableOnePlatformResponses": True,
                                         "googleAssistant": {"googleAssistantCompatible": True, "project": c["id"][4:] + "-" + _h(c["id"])[:4], "welcomeIntentSignInRequired": False,
                                                             "startIntents": [], "systemIntents": [], "endIntentIds": [], "oAuthLinking": {"required": False, "providerId": "", "authorizationUrl": "", "tokenUrl": "", "scopes": "", "privacyPolicyUrl": c.get("policy") or "", "grantType": "AUTH_CODE_GRANT"},
                                                             "voiceType": "FEMALE_1", "capabilities": [], "env": "", "protocolVersion": "V2", "autoPreviewEnabled": False, "isDeviceAgent": False},
                                         "defaultPrompt": c.get("inv"), "apiVersion": 2})
    W(os.path.join(root, "package.json"), {"version": "1.0.0"})
    for n, slots, phrases in c["intents"]["*"]:
        W(os.path.join(root, "intents", n + ".json"), {"id": _uuid(c["id"], n), "name": n, "auto": True, "contexts": [],
                                                        "responses": [{"resetContexts": False, "action": n.lower().replace(" ", "_"), "affectedContexts": [],
                                                                       "parameters": [{"id": _uuid(c["id"], n, sn), "name": sn, "required": False, "dataType": st, "value": "$" + sn, "defaultValue": "", "isList": False, "prompts": [], "promptMessages": [], "noMatchPromptMessages": [], "noInputPromptMessages": [], "outputDialogContexts": []} for sn, st in slots],
                                                                       "messages": [{"type": "0", "title": "", "textToSpeech": "", "lang": lang, "condition": ""}], "speech": [], "defaultResponsePlatforms": {}}],
                                                        "priority": 500000, "webhookUsed": True, "webhookForSlotFilling": False, "fallbackIntent": n.lower().startswith("default fallback"), "events": [{"name": "WELCOME"}] if n == "Default Welcome Intent" else [], "conditionalResponses": [], "condition": "", "conditionalFollowupEvents": []})
        us = []
        for p in phrases:
            parts = []
            for seg in p:
                if isinstance(seg, tuple):
                    parts.append({"text": seg[0], "alias": seg[1], "meta": seg[2], "userDefined": True})
                else:
                    parts.append({"text": seg, "userDefined": False})
            us.append({"id": _uuid(c["id"], n, str(p)), "data": parts, "isTemplate": False, "count": 0, "lang": lang, "updated": 0})
        if us:
            W(os.path.join(root, "intents", n + "_usersays_" + lang + ".json"), us)


# ---------------------------------------------------------------- alexa envelopes
class Alexa:
    def __init__(self, c, locale, tag, t0):
        self.c, self.locale, self.tag, self.t0 = c, locale, tag, t0
        self.app = "amzn1.ask.skill." + _uuid(c["id"], "app")
        self.user = "amzn1.ask.account." + _h(c["id"], "user").upper()[:40]
        self.dev = "amzn1.ask.device." + _h(c["id"], "dev").upper()[:40]

    def pairs(self, sessions):
        out = []
        n = 0
        for si, sess in enumerate(sessions):
            sid = "amzn1.echo-api.session." + _uuid(self.c["id"], self.tag, si)
            for ti, t in enumerate(sess):
                n += 1
                ts = self.ts(n)
                req = {"type": "LaunchRequest" if t["intent"] == "Launch" else ("SessionEndedRequest" if t["intent"] == "End" else "IntentRequest"),
                       "requestId": "amzn1.echo-api.request." + _uuid(self.c["id"], self.tag, si, ti), "locale": self.locale, "timestamp": ts}
                if req["type"] == "IntentRequest":
                    req["intent"] = {"name": t["intent"], "confirmationStatus": "NONE",
                                     "slots": {k: {"name": k, "value": v, "confirmationStatus": "NONE", "source": "USER"} for k, v in t["slots"].items()}}
                if req["type"] == "SessionEndedRequest":
                    req["reason"] = "USER_INITIATED"
                session = {"new": ti == 0, "sessionId": sid, "application": {"applicationId": self.app}, "user": {"userId": self.user}}
                if ti:
                    session["attributes"] = {}
                env = {"version": "1.0", "session": session,
                       "context": {"System": {"application": {"applicationId": self.app}, "user": {"userId": self.user},
                                              "device": {"deviceId": self.dev, "supportedInterfaces": {}},
                                              "apiEndpoint": "https://api.eu.amazonalexa.com" if self.locale not in ("en-US", "es-MX", "fr-CA", "pt-BR") else "https://api.amazonalexa.com",
                                              "apiAccessToken": "eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.REDACTED"}},
                       "request": req}
                r = {}
                if t["speech"] is not None:
                    r["outputSpeech"] = {"type": "SSML", "ssml": ssml(t["speech"])}
                if t["card"]:
                    r["card"] = {"type": "Simple", "title": t["card"][0], "content": t["card"][1]}
                if t["rep"] is not None:
                    r["reprompt"] = {"outputSpeech": {"type": "SSML", "ssml": ssml(t["rep"])}}
                if t["end"] is not None:
                    r["shouldEndSession"] = t["end"]
                resp = {"version": "1.0", "sessionAttributes": {}, "userAgent": "ask-node/2.14.0 Node/v18.18.2", "response": r}
                if req["type"] == "SessionEndedRequest":
                    resp = {"version": "1.0", "response": {}}
                out.append((t, env, resp, ts))
        return out

    def ts(self, n):
        return self.t0 + ":%02d:%02dZ" % ((n * 17) // 60 % 60, (n * 17) % 60)


def open_after(t):
    return t["end"] is False or (t["end"] is None and t["rep"] is not None)


# ---------------------------------------------------------------- shape writers (Alexa)
def sh_envelope(root, path, pairs, c):
    for i, (t, req, resp, ts) in enumerate(pairs):
        if req["request"]["type"] == "SessionEndedRequest":
            continue
        nm = (t["intent"] if t["intent"] != "Launch" else "launch").replace("AMAZON.", "").lower()
        W(os.path.join(root, path, "%02d-%s.json" % (i + 1, nm)), resp)


def sh_pairs_jsonl(root, path, pairs, c):
    W(os.path.join(root, path), "".join(json.dumps({"request": q, "response": r}, ensure_ascii=False) + "\n" for _, q, r, _ in pairs))


def sh_pairs_array(root, path, pairs, c):
    W(os.path.join(root, path), [{"request": q, "response": r} for _, q, r, _ in pairs])


def _sim(t, q, r, c, i):
    return {"id": _uuid(c["id"], "sim", i), "status": "SUCCESSFUL", "result": {
        "alexaExecutionInfo": {"alexaResponses": [{"type": "Speech", "content": {"caption": t["speech"] or ""}}], "consideredIntents": [{"name": q["request"].get("intent", {}).get("name", q["request"]["type"]), "confirmationStatus": "NONE", "slots": {}}]},
        "skillExecutionInfo": {"invocations": [{"invocationRequest": {"endpoint": c.get("endpoint", "arn:aws:lambda:eu-west-1:000000000000:function:" + c["id"][4:]), "body": q},
                                                "invocationResponse": {"body": r}, "metrics": {"skillExecutionTimeInMilliseconds": 80 + i * 7}}]},
        "error": None}}


def sh_smapi_simulation(root, path, pairs, c):
    for i, (t, q, r, _) in enumerate(pairs):
        if q["request"]["type"] == "SessionEndedRequest":
            continue
        W(os.path.join(root, path, "simulation-%02d.json" % (i + 1)), _sim(t, q, r, c, i))


def sh_smapi_invocation(root, path, pairs, c):
    for i, (t, q, r, _) in enumerate(pairs):
        W(os.path.join(root, path, "invoke-%02d.json" % (i + 1)), {"id": _uuid(c["id"], "inv", i), "status": "SUCCESSFUL", "result": {
            "skillExecutionInfo": {"invocationRequest": {"endpoint": "arn:aws:lambda:eu-west-1:000000000000:function:" + c["id"][4:], "body": q},
                                   "invocationResponse": {"body": r}, "metrics": {"skillExecutionTimeInMilliseconds": 95 + i}}, "error": None}})


def sh_ask_dialog(root, path, pairs, c):
    W(os.path.join(root, path, "replay.json"), {"skillId": pairs[0][1]["session"]["application"]["applicationId"], "locale": pairs[0][1]["request"]["locale"],
                                                "type": "text", "userInput": [t["user"] for t, _, _, _ in pairs if t["user"]]})
    W(os.path.join(root, path, "dialog-output.json"), [{"utterance": t["user"], "invocations": [{"invocationRequest": {"body": q}, "invocationResponse": {"body": r}}]}
                                                       for t, q, r, _ in pairs])


def sh_cloudwatch_text(root, path, pairs, c):
    lines = []
    py = path.endswith(".py.log")
    for i, (t, q, r, ts) in enumerate(pairs):
        rid = _uuid(c["id"], "cw", i)
        lines.append(f"START RequestId: {rid} Version: $LATEST")
        if py:
            lines.append(f"[INFO]\t{ts}\t{rid}\tRequest: " + json.dumps(q, ensure_ascii=False))
            lines.append(f"[INFO]\t{ts}\t{rid}\tResponse: " + json.dumps(r, ensure_ascii=False))
        else:
            lines.append(f"{ts}\t{rid}\tINFO\tRequest: " + json.dumps(q, ensure_ascii=False))
            lines.append(f"{ts}\t{rid}\tINFO\tResponse: " + json.dumps(r, ensure_ascii=False))
        lines.append(f"END RequestId: {rid}")
        lines.append(f"REPORT RequestId: {rid}\tDuration: {40 + i * 3}.21 ms\tBilled Duration: {41 + i * 3} ms\tMemory Size: 128 MB\tMax Memory Used: 78 MB")
    W(os.path.join(root, path), "\n".join(lines) + "\n")


def sh_cloudwatch_json(root, path, pairs, c):
    ev = []
    for i, (t, q, r, ts) in enumerate(pairs):
        rid = _uuid(c["id"], "cwj", i)
        base = 1717400000000 + i * 17000
        ev.append({"logStreamName": "2024/06/03/[$LATEST]" + _h(c["id"])[:32], "timestamp": base, "message": f"{ts}\t{rid}\tINFO\tRequest: " + json.dumps(q, ensure_ascii=False) + "\n", "ingestionTime": base + 40, "eventId": str(base) + "1"})
        ev.append({"logStreamName": "2024/06/03/[$LATEST]" + _h(c["id"])[:32], "timestamp": base + 90, "message": f"{ts}\t{rid}\tINFO\tResponse: " + json.dumps(r, ensure_ascii=False) + "\n", "ingestionTime": base + 130, "eventId": str(base) + "2"})
    W(os.path.join(root, path), {"events": ev, "searchedLogStreams": []})


def sh_har(root, path, pairs, c):
    ent = []
    for i, (t, q, r, ts) in enumerate(pairs):
        ent.append({"startedDateTime": ts.replace("Z", ".000Z"), "time": 120 + i,
                    "request": {"method": "POST", "url": c.get("url", "https://" + c["id"][4:] + ".example.com/alexa"), "httpVersion": "HTTP/1.1",
                                "headers": [{"name": "Content-Type", "value": "application/json"}, {"name": "Signature-256", "value": "REDACTED"}],
                                "queryString": [], "cookies": [], "headersSize": -1, "bodySize": -1,
                                "postData": {"mimeType": "application/json", "text": json.dumps(q, ensure_ascii=False)}},
                    "response": {"status": 200, "statusText": "OK", "httpVersion": "HTTP/1.1", "headers": [{"name": "Content-Type", "value": "application/json;charset=UTF-8"}],
                                 "cookies": [], "content": {"size": -1, "mimeType": "application/json", "text": json.dumps(r, ensure_ascii=False)}, "redirectURL": "", "headersSize": -1, "bodySize": -1},
                    "cache": {}, "timings": {"send": 1, "wait": 110 + i, "receive": 2}})
    W(os.path.join(root, path), {"log": {"version": "1.2", "creator": {"name": "mitmproxy har_dump", "version": "10.1.5"}, "entries": ent}})


def sh_transcript(root, path, pairs, c):
    out = []
    for t, q, r, ts in pairs:
        if t["user"]:
            out.append(f"[{ts}] USER: {t['user']}")
        if t["speech"] is not None:
            out.append(f"[{ts}] SKILL: {ssml(t['speech'])}")
        if t["rep"] is not None:
            out.append(f"[{ts}] SKILL (reprompt): {ssml(t['rep'])}")
        out.append(f"[{ts}] session_open={'true' if open_after(t) else 'false'}")
    W(os.path.join(root, path), "\n".join(out) + "\n")


def _row(t, q, r):
    rr = r.get("response", {})
    return {"session_id": q["session"]["sessionId"], "request_type": q["request"]["type"], "intent": q["request"].get("intent", {}).get("name", ""),
            "utterance": t["user"] or "", "slots": json.dumps(t["slots"], ensure_ascii=False) if t["slots"] else "",
            "response_ssml": rr.get("outputSpeech", {}).get("ssml", ""), "reprompt_ssml": rr.get("reprompt", {}).get("outputSpeech", {}).get("ssml", ""),
            "should_end_session": "" if "shouldEndSession" not in rr else str(rr["shouldEndSession"]).lower()}


def sh_analytics_csv(root, path, pairs, c):
    buf = io.StringIO()
    cols = ["exported_at", "skill_id", "locale", "session_id", "turn", "request_type", "intent", "utterance", "slots", "response_ssml", "reprompt_ssml", "should_end_session"]
    w = csv.DictWriter(buf, fieldnames=cols, lineterminator="\n")
    w.writeheader()
    turn = {}
    for t, q, r, ts in pairs:
        d = _row(t, q, r)
        turn[d["session_id"]] = turn.get(d["session_id"], 0) + 1
        d.update({"exported_at": ts, "skill_id": q["session"]["application"]["applicationId"], "locale": q["request"]["locale"], "turn": turn[d["session_id"]]})
        w.writerow(d)
    W(os.path.join(root, path), buf.getvalue())


def sh_analytics_tsv(root, path, pairs, c):
    lines = ["conversation_id\tturn_index\ttimestamp\tspeaker\tintent\ttext\tsession_state"]
    k = 0
    for t, q, r, ts in pairs:
        d = _row(t, q, r)
        st = "open" if open_after(t) else "closed"
        if q["request"]["type"] == "SessionEndedRequest":
            st = "closed"
        k += 1
        if t["user"] is not None:
            lines.append(f"{d['session_id']}\t{k}\t{ts}\tuser\t{d['intent'] or d['request_type']}\t{t['user']}\t")
        if d["response_ssml"]:
            lines.append(f"{d['session_id']}\t{k}\t{ts}\tassistant\t\t{d['response_ssml']}\t{st}")
        if d["reprompt_ssml"]:
            lines.append(f"{d['session_id']}\t{k}\t{ts}\tassistant_reprompt\t\t{d['reprompt_ssml']}\t{st}")
    W(os.path.join(root, path), "\n".join(lines) + "\n")


def sh_voicetest_yaml(root, path, pairs, c):
    """Bespoken-style unit-test spec whose expectations were filled in from a recorded run."""
    y = ["---", "configuration:", "  locale: " + pairs[0][1]["request"]["locale"], "  description: recorded " + pairs[0][3][:10],
         "  handler: ../lambda/index.handler", ""]
    sid = None
    for t, q, r, ts in pairs:
        if q["session"]["sessionId"] != sid:
            sid = q["session"]["sessionId"]
            y += ["---", "- test: " + _yaml_str("session " + sid[-12:])]
        if q["request"]["type"] == "SessionEndedRequest":
            y.append("- SessionEndedRequest: \"*\"")
            continue
        key = "LaunchRequest" if t["intent"] == "Launch" else (t["intent"] if not t["slots"] else t["intent"] + " " + " ".join(f"{k}={v}" for k, v in t["slots"].items()))
        y.append(f"- {_yaml_str(key) if ' ' in key else key}:")
        rr = r["response"]
        if "outputSpeech" in rr:
            y.append("  - response.outputSpeech.ssml: " + _yaml_str(rr["outputSpeech"]["ssml"]))
        if "reprompt" in rr:
            y.append("  - response.reprompt.outputSpeech.ssml: " + _yaml_str(rr["reprompt"]["outputSpeech"]["ssml"]))
        if "card" in rr:
            y.append("  - response.card.content: " + _yaml_str(rr["card"]["content"]))
        if "shouldEndSession" in rr:
            y.append("  - response.shouldEndSession: " + str(rr["shouldEndSession"]).lower())
        else:
            y.append("  - response.shouldEndSession: undefined")
    W(os.path.join(root, path), "\n".join(y) + "\n")


def sh_botium_convo(root, path, pairs, c):
    """Botium .convo.txt: #me / #bot blocks with JSON_PATH asserters on the raw skill response."""
    name = os.path.basename(path).replace(".convo.txt", "")
    y = [name, ""]
    for t, q, r, ts in pairs:
        if q["request"]["type"] == "SessionEndedRequest":
            continue
        y.append("#me")
        y.append(t["user"] if t["user"] else "LAUNCH")
        y.append("")
        y.append("#bot")
        rr = r["response"]
        y.append(rr.get("outputSpeech", {}).get("ssml", ""))
        if "reprompt" in rr:
            y.append("JSON_PATH $.response.reprompt.outputSpeech.ssml|" + rr["reprompt"]["outputSpeech"]["ssml"])
        y.append("JSON_PATH $.response.shouldEndSession|" + (str(rr["shouldEndSession"]).lower() if "shouldEndSession" in rr else "null"))
        y.append("")
    W(os.path.join(root, path), "\n".join(y))


def _sq(s):
    return "NULL" if s is None else "'" + str(s).replace("'", "''") + "'"


def sh_sqlite_dump(root, path, pairs, c):
    y = ["PRAGMA foreign_keys=OFF;", "BEGIN TRANSACTION;",
         "CREATE TABLE sessions (session_id TEXT PRIMARY KEY, user_id TEXT, locale TEXT, started_at TEXT);",
         "CREATE TABLE turns (id INTEGER PRIMARY KEY AUTOINCREMENT, session_id TEXT REFERENCES sessions(session_id), ts TEXT, request_type TEXT, intent TEXT, utterance TEXT, slots_json TEXT, output_ssml TEXT, reprompt_ssml TEXT, should_end_session INTEGER, raw_response TEXT);"]
    seen = set()
    for i, (t, q, r, ts) in enumerate(pairs):
        s = q["session"]["sessionId"]
        if s not in seen:
            seen.add(s)
            y.append(f"INSERT INTO sessions VALUES({_sq(s)},{_sq(q['session']['user']['userId'])},{_sq(q['request']['locale'])},{_sq(ts)});")
        d = _row(t, q, r)
        se = {"true": "1", "false": "0", "": "NULL"}[d["should_end_session"]]
        y.append(f"INSERT INTO turns VALUES({i + 1},{_sq(s)},{_sq(ts)},{_sq(d['request_type'])},{_sq(d['intent'])},{_sq(t['user'])},{_sq(d['slots'] or None)},{_sq(d['response_ssml'] or None)},{_sq(d['reprompt_ssml'] or None)},{se},{_sq(json.dumps(r, ensure_ascii=False))});")
    y.append(f"DELETE FROM sqlite_sequence;\nINSERT INTO sqlite_sequence VALUES('turns',{len(pairs)});")
    y.append("COMMIT;")
    W(os.path.join(root, path), "\n".join(y) + "\n")


def sh_notebook(root, path, pairs, c):
    cells = [{"cell_type": "markdown", "metadata": {}, "source": ["# Session replay against the dev endpoint\n", "Requests are sent with `invoke()` from `replay_utils.py`; outputs are the raw skill responses.\n"]},
             {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [], "source": ["from replay_utils import invoke, load_requests\n", "reqs = load_requests('requests/')"]}]
    n = 1
    for i, (t, q, r, ts) in enumerate(pairs):
        n += 1
        cells.append({"cell_type": "code", "execution_count": n, "metadata": {},
                      "source": [f"# {t['user'] or q['request']['type']}\n", f"resp = invoke(reqs[{i}])  # {q['request']['type']} {q['request'].get('intent', {}).get('name', '')}\n", "resp"],
                      "outputs": [{"output_type": "execute_result", "execution_count": n, "metadata": {}, "data": {"text/plain": [json.dumps(r, ensure_ascii=False, indent=1)]}}]})
    W(os.path.join(root, path), {"cells": cells, "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}, "language_info": {"name": "python", "version": "3.11.6"}},
                                 "nbformat": 4, "nbformat_minor": 5})


ALEXA_SHAPES = {"envelope": sh_envelope, "pairs-jsonl": sh_pairs_jsonl, "pairs-array": sh_pairs_array, "smapi-simulation": sh_smapi_simulation,
                "smapi-invocation": sh_smapi_invocation, "ask-dialog": sh_ask_dialog, "cloudwatch-text": sh_cloudwatch_text,
                "cloudwatch-json": sh_cloudwatch_json, "har": sh_har, "transcript": sh_transcript, "analytics-csv": sh_analytics_csv,
                "analytics-tsv": sh_analytics_tsv, "voicetest-yaml": sh_voicetest_yaml, "botium-convo": sh_botium_convo,
                "sqlite-dump": sh_sqlite_dump, "notebook": sh_notebook}


# ---------------------------------------------------------------- Google recordings
def g_sdk2(root, path, sessions, c, locale, t0):
    out = []
    for si, sess in enumerate(sessions):
        cid = _h(c["id"], path, si)[:26].upper()
        for ti, t in enumerate(sess):
            if t["intent"] == "Launch":
                inp = {"intent": "actions.intent.MAIN", "rawInputs": [{"inputType": "VOICE", "query": t["user"] or "talk to " + c["inv"]}]}
            else:
                inp = {"intent": t["intent"] if t["intent"].startswith("actions.") else "actions.intent.TEXT", "rawInputs": [{"inputType": "VOICE", "query": t["user"]}],
                       "arguments": [{"name": "text", "rawText": t["user"], "textValue": t["user"]}]}
            req = {"user": {"locale": locale, "lastSeen": t0 + ":00:00Z", "userVerificationStatus": "VERIFIED"},
                   "conversation": {"conversationId": cid, "type": "NEW" if ti == 0 else "ACTIVE", **({"conversationToken": "[]"} if ti else {})},
                   "inputs": [inp], "surface": {"capabilities": [{"name": "actions.capability.AUDIO_OUTPUT"}, {"name": "actions.capability.MEDIA_RESPONSE_AUDIO"}]},
                   "isInSandbox": True, "availableSurfaces": [], "requestType": "SIMULATOR"}
            if t["end"]:
                resp = {"expectUserResponse": False, "finalResponse": {"richResponse": {"items": [{"simpleResponse": {"textToSpeech": ssml(t["speech"])}}]}}}
            else:
                ei = {"inputPrompt": {"richInitialPrompt": {"items": [{"simpleResponse": {"textToSpeech": ssml(t["speech"])}}]}},
                      "possibleIntents": [{"intent": "actions.intent.TEXT"}]}
                if t["rep"] is not None:
                    ei["inputPrompt"]["noInputPrompts"] = [{"textToSpeech": ssml(x)} for x in (t["rep"] if isinstance(t["rep"], list) else [t["rep"]])]
                if t.get("card") and t["card"][0] == "PERMISSION":
                    ei["possibleIntents"] = [{"intent": "actions.intent.PERMISSION", "inputValueData": {"@type": "type.googleapis.com/google.actions.v2.PermissionValueSpec", "optContext": t["card"][1], "permissions": t["card"][2]}}]
                resp = {"expectUserResponse": True, "expectedInputs": [ei], "conversationToken": "[]"}
            out.append({"request": req, "response": resp})
    W(os.path.join(root, path), out)


def g_df(root, path, sessions, c, locale, t0):
    lang = locale.split("-")[0]
    proj = c["id"][4:] + "-" + _h(c["id"])[:4]
    for si, sess in enumerate(sessions):
        sid = f"projects/{proj}/agent/sessions/" + _h(c["id"], path, si)[:36]
        for ti, t in enumerate(sess):
            iname = "Default Welcome Intent" if t["intent"] == "Launch" else t["intent"]
            req = {"responseId": _uuid(c["id"], path, si, ti) + "-" + _h(si, ti)[:8], "session": sid,
                   "queryResult": {"queryText": t["user"] or "GOOGLE_ASSISTANT_WELCOME", "parameters": t["slots"], "allRequiredParamsPresent": True,
                                   "intent": {"name": f"projects/{proj}/agent/intents/" + _uuid(c["id"], iname), "displayName": iname},
                                   "intentDetectionConfidence": 1, "languageCode": lang},
                   "originalDetectIntentRequest": {"source": "google", "version": "2", "payload": {
                       "user": {"locale": locale, "userVerificationStatus": "VERIFIED"},
                       "conversation": {"conversationId": sid.rsplit("/", 1)[1], "type": "NEW" if ti == 0 else "ACTIVE"},
                       "inputs": [{"intent": "actions.intent.MAIN" if ti == 0 else "actions.intent.TEXT", "rawInputs": [{"inputType": "VOICE", "query": t["user"] or ""}]}],
                       "surface": {"capabilities": [{"name": "actions.capability.AUDIO_OUTPUT"}]}, "isInSandbox": True}}}
            g = {"expectUserResponse": not t["end"], "richResponse": {"items": [{"simpleResponse": {"textToSpeech": ssml(t["speech"])}}]}}
            if t["rep"] is not None:
                g["noInputPrompts"] = [{"textToSpeech": ssml(t["rep"])}]
            if t.get("card") and t["card"][0] == "PERMISSION":
                g["systemIntent"] = {"intent": "actions.intent.PERMISSION", "data": {"@type": "type.googleapis.com/google.actions.v2.PermissionValueSpec", "optContext": t["card"][1], "permissions": t["card"][2]}}
            resp = {"fulfillmentText": t["speech"], "payload": {"google": g}}
            W(os.path.join(root, path, "%d-%02d-request.json" % (si + 1, ti + 1)), req)
            W(os.path.join(root, path, "%d-%02d-response.json" % (si + 1, ti + 1)), resp)


def g_scene(root, path, sessions, c, locale, t0):
    out = []
    for si, sess in enumerate(sessions):
        sid = "ABwppHF" + _h(c["id"], path, si)[:40]
        for ti, t in enumerate(sess):
            scene = t["slots"].get("_scene", "Main")
            nxt = t["slots"].get("_next")
            params = {k: {"original": v, "resolved": v} for k, v in t["slots"].items() if not k.startswith("_")}
            req = {"handler": {"name": "main" if t["intent"] == "Launch" else "answer"},
                   "intent": {"name": "actions.intent.MAIN" if t["intent"] == "Launch" else t["intent"], "params": params, "query": t["user"] or ""},
                   "scene": {"name": "actions.scene.START_CONVERSATION" if t["intent"] == "Launch" else scene, "slotFillingStatus": "UNSPECIFIED", "slots": {}},
                   "session": {"id": sid, "params": {}, "typeOverrides": [], "languageCode": ""},
                   "user": {"locale": locale, "params": {}, "accountLinkingStatus": "ACCOUNT_LINKING_STATUS_UNSPECIFIED", "verificationStatus": "VERIFIED", "packageEntitlements": [], "lastSeenTime": t0 + ":00:00Z"},
                   "home": {"params": {}}, "device": {"capabilities": ["SPEECH", "RICH_RESPONSE", "LONG_FORM_AUDIO"]}}
            resp = {"session": {"id": sid, "params": {}}, "prompt": {"override": False, "firstSimple": {"speech": t["speech"], "text": t["speech"]}}}
            resp["scene"] = {"name": req["scene"]["name"], "slots": {}, "next": {"name": "actions.scene.END_CONVERSATION" if t["end"] else (nxt or scene)}}
            out.append({"request": req, "response": resp})
            if t["rep"] is not None and not t["end"]:
                out.append({"request": {**req, "handler": {"name": "no_input"}, "intent": {"name": "actions.intent.NO_INPUT_1", "params": {}, "query": ""}, "scene": {"name": nxt or scene, "slotFillingStatus": "UNSPECIFIED", "slots": {}}},
                            "response": {"session": {"id": sid, "params": {}}, "prompt": {"override": False, "firstSimple": {"speech": t["rep"], "text": ""}},
                                         "scene": {"name": nxt or scene, "slots": {}, "next": {"name": nxt or scene}}}})
    W(os.path.join(root, path), out)


GOOGLE_SHAPES = {"gactions-conversation": g_sdk2, "dialogflow-webhook": g_df, "gactions-scene": g_scene}


def build(case, cases_dir):
    root = os.path.join(cases_dir, case["id"])
    plat = case.get("plat", "alexa")
    {"alexa": write_alexa_project, "builder": write_builder_project, "sdk2": write_sdk2_project, "dialogflow": write_df_project}[plat](root, case)
    shapes = []
    for rec in case["recs"]:
        shape, path, sessions = rec[0], rec[1], rec[2]
        locale = rec[3] if len(rec) > 3 and rec[3] else case["loc"]
        t0 = rec[4] if len(rec) > 4 else "2024-06-03T09"
        if shape in GOOGLE_SHAPES:
            GOOGLE_SHAPES[shape](root, path, sessions, case, locale, t0)
        else:
            pairs = Alexa(case, locale, path, t0).pairs(sessions)
            ALEXA_SHAPES[shape](root, path, pairs, case)
        if shape not in shapes:
            shapes.append(shape)
    for p, content in case.get("files", {}).items():
        W(os.path.join(root, p), content)
    return {"categories": sorted(case["cats"]), "locale": case["loc"], "shapes": shapes, "why": case["why"]}
