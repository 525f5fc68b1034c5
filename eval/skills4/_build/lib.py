"""Rendering helpers for eval set 4: turn a compact case spec into a skill project + recordings."""
import csv, hashlib, io, json, os, uuid, datetime

OUT = None  # set by gen.py


def jd(o):
    """compact JSON, as JSON.stringify writes it"""
    return json.dumps(o, ensure_ascii=False, separators=(",", ":"))


def hid(*parts, n=32):
    return hashlib.sha256("|".join(map(str, parts)).encode()).hexdigest()[:n]


def uid(*parts):
    h = hid(*parts)
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}"


def w(case, rel, data):
    p = os.path.join(OUT, "cases", case, rel)
    os.makedirs(os.path.dirname(p), exist_ok=True)
    if not isinstance(data, str):
        data = json.dumps(data, indent=2, ensure_ascii=False) + "\n"
    with open(p, "w", encoding="utf-8") as f:
        f.write(data)


def T(intent, utter, speech, reprompt=None, end=False, slots=None, directives=None, card=None, google=None, status=None):
    """One turn. intent: 'Launch', 'SessionEnded', or intent name. end: True/False/None (None = omit)."""
    return dict(intent=intent, utter=utter, speech=speech, reprompt=reprompt, end=end, slots=slots or {},
                directives=directives, card=card, google=google or {}, status=status)


def ssml(s):
    return s if s.strip().startswith("<speak>") else f"<speak>{s}</speak>"


def speech_obj(s):
    if s.startswith("PLAIN:"):
        return {"type": "PlainText", "text": s[6:]}
    return {"type": "SSML", "ssml": ssml(s)}


def plain(s):
    import re
    s = (s or "")
    if s.startswith("PLAIN:"):
        s = s[6:]
    return re.sub(r"<[^>]+>", "", s).strip()


# ---------------------------------------------------------------- Alexa request/response
def ts(date, i):
    d = datetime.datetime.fromisoformat(date) + datetime.timedelta(seconds=9 * i)
    return d.strftime("%Y-%m-%dT%H:%M:%SZ")


def alexa_pairs(c, sessions, date, tag="a", sdk="ask-node/2.14.0 Node/v18.18.2"):
    """Return list of (request_envelope, response_envelope, turn, timestamp)."""
    app = "amzn1.ask.skill." + uid(c["id"], "app")
    user = "amzn1.ask.account." + hid(c["id"], "user", n=40).upper()
    dev = "amzn1.ask.device." + hid(c["id"], "dev", n=40).upper()
    out, k = [], 0
    for si, sess in enumerate(sessions):
        sid = "amzn1.echo-api.session." + uid(c["id"], tag, date, si)
        attrs = {}
        for ti, t in enumerate(sess):
            stamp = ts(date, k)
            k += 1
            new = ti == 0
            session = {"new": new, "sessionId": sid, "application": {"applicationId": app}, "user": {"userId": user}}
            if not new:
                session["attributes"] = attrs
            if t["intent"] == "Launch":
                rq = {"type": "LaunchRequest"}
            elif t["intent"] == "SessionEnded":
                rq = {"type": "SessionEndedRequest", "reason": t.get("status") or "USER_INITIATED"}
            elif t["intent"].startswith("Connections.Response"):
                rq = {"type": "Connections.Response", "name": "AskFor", "status": {"code": "200", "message": "OK"},
                      "payload": {"permissionScope": t["slots"].get("scope", ""), "status": t["slots"].get("status", "ACCEPTED")}}
            else:
                intent = {"name": t["intent"], "confirmationStatus": "NONE"}
                if t["slots"]:
                    intent["slots"] = {k2: {"name": k2, "value": v, "confirmationStatus": "NONE", "source": "USER"}
                                       for k2, v in t["slots"].items()}
                rq = {"type": "IntentRequest", "intent": intent}
            rq.update({"requestId": "amzn1.echo-api.request." + uid(c["id"], tag, date, si, ti),
                       "locale": c["locale"], "timestamp": stamp})
            # reorder so type first
            system = {"application": {"applicationId": app}, "user": {"userId": user},
                      "device": {"deviceId": dev, "supportedInterfaces": {}},
                      "apiEndpoint": "https://api.amazonalexa.com" if not c["locale"].startswith(("de", "es", "fr", "it")) else "https://api.eu.amazonalexa.com",
                      "apiAccessToken": "eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.REDACTED"}
            if c.get("perm_granted"):
                system["user"]["permissions"] = {"consentToken": "eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.REDACTED"}
            req = {"version": "1.0", "session": session, "context": {"System": system}, "request": rq}
            resp = {"version": "1.0", "sessionAttributes": {}, "userAgent": sdk, "response": {}}
            r = resp["response"]
            if t["intent"] != "SessionEnded":
                if t["speech"] is not None:
                    r["outputSpeech"] = speech_obj(t["speech"])
                if t["reprompt"] is not None:
                    r["reprompt"] = {"outputSpeech": speech_obj(t["reprompt"])}
                if t["card"]:
                    r["card"] = t["card"]
                if t["directives"]:
                    r["directives"] = t["directives"]
                if t["end"] is not None:
                    r["shouldEndSession"] = t["end"]
            out.append((req, resp, t, stamp))
    return out


# ---------------------------------------------------------------- skill package
def region(c):
    lang = c["locale"][:2]
    return c["skill"].get("region") or {"de": "eu-west-1", "es": "eu-west-1", "fr": "eu-west-1", "it": "eu-west-1", "ja": "us-west-2"}.get(lang, "us-east-1")


def skill_json(c):
    s = c["skill"]
    loc = c["locale"]
    locs = s.get("locales", [loc])
    pub = {}
    for L in locs:
        pub[L] = {"summary": s.get("summary", s["desc"][:120]), "examplePhrases": s["examples"],
                  "keywords": s.get("keywords", []), "name": s["name"], "description": s["desc"],
                  "smallIconUri": f"https://s3.amazonaws.com/CAPS-SSE/echo_developer/{hid(c['id'], 'i', n=4)}/APP_ICON?versionId=small",
                  "largeIconUri": f"https://s3.amazonaws.com/CAPS-SSE/echo_developer/{hid(c['id'], 'i', n=4)}/APP_ICON_LARGE?versionId=large"}
        if not s.get("keywords"):
            del pub[L]["keywords"]
    pac = {"allowsPurchases": s.get("purchases", False), "usesPersonalInfo": bool(s.get("personal", False)),
           "isChildDirected": s.get("child", False), "isExportCompliant": True, "containsAds": False}
    if s.get("privacy"):
        pac["locales"] = {L: {"privacyPolicyUrl": s["privacy"], **({"termsOfUseUrl": s["terms"]} if s.get("terms") else {})} for L in locs}
    m = {"publishingInformation": {"locales": pub, "isAvailableWorldwide": s.get("worldwide", True),
                                   "testingInstructions": s.get("testing", "Open the skill and follow the prompts."),
                                   "category": s.get("category", "GAMES"),
                                   "distributionCountries": s.get("countries", []),
                                   "automaticDistribution": {"isActive": False}},
         "apis": {"custom": {"endpoint": {"uri": s.get("endpoint", f"arn:aws:lambda:{region(c)}:{int(hid(c['id'], 'acct', n=10), 16) % 10**12:012d}:function:{c['id'][4:]}")}}},
         "manifestVersion": "1.0", "privacyAndCompliance": pac}
    if s.get("interfaces"):
        m["apis"]["custom"]["interfaces"] = [{"type": x} for x in s["interfaces"]]
    if s.get("perms"):
        m["permissions"] = [{"name": p} for p in s["perms"]]
    if s.get("events"):
        m["events"] = s["events"]
    return {"manifest": m}


def interaction_model(inv, intents, types=None, dialog=None, prompts=None):
    """intents: list of (name, samples, slots) where slots is dict name->type (ordered)."""
    out = []
    for it in intents:
        name, samples = it[0], it[1]
        slots = it[2] if len(it) > 2 else {}
        d = {"name": name}
        if slots:
            d["slots"] = [{"name": k, "type": v} if not isinstance(v, dict) else {"name": k, **v} for k, v in slots.items()]
        d["samples"] = samples
        out.append(d)
    lm = {"invocationName": inv, "intents": out}
    if types:
        lm["types"] = [{"name": k, "values": [{"name": ({"value": v} if isinstance(v, str) else {"value": v[0], "synonyms": v[1:]})} for v in vals]}
                       for k, vals in types.items()]
    im = {"languageModel": lm}
    if dialog:
        im["dialog"] = dialog
    if prompts:
        im["prompts"] = prompts
    return {"interactionModel": im}


STD = {"en": [("AMAZON.HelpIntent", []), ("AMAZON.StopIntent", []), ("AMAZON.CancelIntent", []), ("AMAZON.NavigateHomeIntent", [])]}


def write_alexa_project(c):
    w(c["id"], "skill-package/skill.json", skill_json(c))
    models = c["model"] if isinstance(c["model"], dict) else {c["locale"]: c["model"]}
    for L, (intents, types) in models.items():
        intents = list(intents) + [x for x in STD["en"] if x[0] not in [i[0] for i in intents]]
        w(c["id"], f"skill-package/interactionModels/custom/{L}.json",
          interaction_model(c["skill"]["inv"] if L == c["locale"] else c["skill"].get("inv_" + L, c["skill"]["inv"]),
                            intents, types, c.get("dialog"), c.get("prompts")))
    if c.get("ask_resources"):
        w(c["id"], "ask-resources.json", {"askcliResourcesVersion": "2020-03-31", "profiles": {"default": {
            "skillMetadata": {"src": "./skill-package"}, "code": {"default": {"src": "./lambda"}},
            "skillInfrastructure": {"type": "@ask-cli/lambda-deployer", "userConfig": {
                "runtime": "python3.11" if c.get("python") else "nodejs18.x",
                "handler": "lambda_function.lambda_handler" if c.get("python") else "index.handler",
                "awsRegion": region(c)}}}}})
    for rel, txt in (c.get("files") or {}).items():
        w(c["id"], rel, txt)


# ---------------------------------------------------------------- Alexa recording shapes
def r_envelope(c, rec):
    pairs = alexa_pairs(c, rec["sessions"], rec["date"], rec.get("tag", "a"))
    base = rec["path"]
    for i, (rq, rs, t, stamp) in enumerate(pairs):
        if t["intent"] == "SessionEnded":
            continue
        name = base.replace("{n}", f"{i + 1:02d}").replace("{intent}", t["intent"].split(".")[-1])
        w(c["id"], name, rs)


def r_pairs_jsonl(c, rec):
    pairs = alexa_pairs(c, rec["sessions"], rec["date"], rec.get("tag", "a"))
    w(c["id"], rec["path"], "".join(jd({"request": a, "response": b}) + "\n" for a, b, _, _ in pairs))


def r_pairs_array(c, rec):
    pairs = alexa_pairs(c, rec["sessions"], rec["date"], rec.get("tag", "a"))
    w(c["id"], rec["path"], [{"request": a, "response": b} for a, b, _, _ in pairs])


def endpoint(c):
    return skill_json(c)["manifest"]["apis"]["custom"]["endpoint"]["uri"]


def _sim(c, rq, rs, t):
    cap = plain(t["speech"]) if t["speech"] else ""
    return {"id": uid(c["id"], "sim", rq["request"]["requestId"]), "status": "SUCCESSFUL",
            "result": {"alexaExecutionInfo": {"alexaResponses": ([{"type": "Speech", "content": {"caption": cap}}] if cap else []),
                                              "consideredIntents": [{"name": t["intent"] if t["intent"] != "Launch" else "LaunchRequest", "confirmationStatus": "NONE"}]},
                       "skillExecutionInfo": {"invocations": [{"invocationRequest": {"endpoint": endpoint(c), "body": rq},
                                                               "invocationResponse": {"body": rs}, "metrics": {"skillExecutionTimeInMilliseconds": 180 + len(cap)}}]}}}


def r_smapi_simulation(c, rec):
    pairs = alexa_pairs(c, rec["sessions"], rec["date"], rec.get("tag", "a"))
    sims = [_sim(c, a, b, t) for a, b, t, _ in pairs if t["intent"] != "SessionEnded"]
    if rec.get("single"):
        w(c["id"], rec["path"], sims)
    else:
        for i, s in enumerate(sims):
            w(c["id"], rec["path"].replace("{n}", str(i + 1)), s)


def r_smapi_invocation(c, rec):
    pairs = alexa_pairs(c, rec["sessions"], rec["date"], rec.get("tag", "a"))
    for i, (a, b, t, _) in enumerate(pairs):
        w(c["id"], rec["path"].replace("{n}", str(i + 1)),
          {"id": uid(c["id"], "inv", i), "status": "SUCCESSFUL",
           "result": {"skillExecutionInfo": {"invocationRequest": {"endpoint": endpoint(c), "body": a},
                                             "invocationResponse": {"body": b},
                                             "metrics": {"skillExecutionTimeInMilliseconds": 211 + 7 * i}}, "error": None}})


def r_ask_dialog(c, rec):
    pairs = alexa_pairs(c, rec["sessions"], rec["date"], rec.get("tag", "a"))
    app = pairs[0][0]["session"]["application"]["applicationId"]
    utts = [t["utter"] for _, _, t, _ in pairs if t["intent"] != "SessionEnded"]
    w(c["id"], rec["path"], {"skillId": app, "locale": c["locale"], "type": "text", "userInput": utts})
    if rec.get("text"):
        agent = rec.get("agent", "Alexa")
        lines = []
        for a, b, t, _ in pairs:
            if t["intent"] == "SessionEnded":
                continue
            lines.append(f"User  > {t['utter']}")
            lines.append(f"{agent} > {plain(t['speech'])}")
            if t["end"] is not False:
                lines.append("[session ended]" if t["end"] else "")
        w(c["id"], rec["out"], "\n".join(x for x in lines if x is not None) + "\n")
    else:
        w(c["id"], rec["out"], [{"utterance": t["utter"], "invocations": [{"invocationRequest": {"endpoint": endpoint(c), "body": a},
                                                                            "invocationResponse": {"body": b}}]}
                                for a, b, t, _ in pairs if t["intent"] != "SessionEnded"])


def _reqid(c, i, date):
    return uid(c["id"], "lambda", date, i)


def r_cloudwatch_text(c, rec):
    pairs = alexa_pairs(c, rec["sessions"], rec["date"], rec.get("tag", "a"),
                        sdk="ask-python/1.19.0 Python/3.11.6" if rec.get("python") else "ask-node/2.14.0 Node/v18.18.2")
    kw = rec.get("kw", ("Request: ", "Response: "))
    lines = []
    for i, (a, b, t, stamp) in enumerate(pairs):
        r = _reqid(c, i, rec["date"])
        t0 = stamp.replace("Z", ".118Z")
        lines.append(f"START RequestId: {r} Version: $LATEST")
        if rec.get("python"):
            lines.append(f"[INFO]\t{t0}\t{r}\t{kw[0]}{json.dumps(a, ensure_ascii=False)}")
            lines.append(f"[INFO]\t{t0}\t{r}\t{kw[1]}{json.dumps(b, ensure_ascii=False)}")
        else:
            lines.append(f"{t0}\t{r}\tINFO\t{kw[0]}{jd(a)}")
            lines.append(f"{t0}\t{r}\tINFO\t{kw[1]}{jd(b)}")
        lines.append(f"END RequestId: {r}")
        lines.append(f"REPORT RequestId: {r}\tDuration: {35 + i * 3}.4 ms\tBilled Duration: {36 + i * 3} ms\tMemory Size: 256 MB\tMax Memory Used: 88 MB")
    w(c["id"], rec["path"], "\n".join(lines) + "\n")


def r_cloudwatch_json(c, rec):
    pairs = alexa_pairs(c, rec["sessions"], rec["date"], rec.get("tag", "a"))
    ev = []
    stream = f"{rec['date'][:10].replace('-', '/')}/[$LATEST]{hid(c['id'], 'stream')}"
    for i, (a, b, t, stamp) in enumerate(pairs):
        r = _reqid(c, i, rec["date"])
        base = int(datetime.datetime.fromisoformat(stamp.replace("Z", "+00:00")).timestamp() * 1000)
        for j, msg in enumerate([f"START RequestId: {r} Version: $LATEST\n",
                                 f"{stamp.replace('Z', '.120Z')}\t{r}\tINFO\tRequest: {jd(a)}\n",
                                 f"{stamp.replace('Z', '.190Z')}\t{r}\tINFO\tResponse: {jd(b)}\n",
                                 f"END RequestId: {r}\n"]):
            ev.append({"logStreamName": stream, "timestamp": base + j * 40, "message": msg,
                       "ingestionTime": base + j * 40 + 400, "eventId": f"{base + j:056d}"})
    w(c["id"], rec["path"], {"events": ev, "searchedLogStreams": [{"logStreamName": stream, "searchedCompletely": True}]})


def r_har(c, rec):
    pairs = alexa_pairs(c, rec["sessions"], rec["date"], rec.get("tag", "a"))
    url = rec.get("url", f"https://{hid(c['id'], 'ng', n=4)}-198-51-100-23.ngrok-free.app/")
    ents = []
    for i, (a, b, t, stamp) in enumerate(pairs):
        qt = jd(a)
        st = jd(b)
        ents.append({"startedDateTime": stamp.replace("Z", ".050Z"), "time": 120.5 + i,
                     "request": {"method": "POST", "url": url, "httpVersion": "HTTP/1.1",
                                 "headers": [{"name": "Content-Type", "value": "application/json; charset=utf-8"},
                                             {"name": "SignatureCertChainUrl", "value": "https://s3.amazonaws.com/echo.api/echo-api-cert-12.pem"}],
                                 "queryString": [], "cookies": [], "headersSize": -1, "bodySize": len(qt.encode()),
                                 "postData": {"mimeType": "application/json; charset=utf-8", "text": qt}},
                     "response": {"status": 200, "statusText": "OK", "httpVersion": "HTTP/1.1",
                                  "headers": [{"name": "Content-Type", "value": "application/json"}], "cookies": [],
                                  "content": {"size": len(st.encode()), "mimeType": "application/json", "text": st},
                                  "redirectURL": "", "headersSize": -1, "bodySize": len(st.encode())},
                     "cache": {}, "timings": {"send": 0.2, "wait": 110.1, "receive": 1.3}})
    w(c["id"], rec["path"], {"log": {"version": "1.2", "creator": {"name": rec.get("creator", "Charles Proxy"), "version": "4.6.4"},
                                     "pages": [], "entries": ents}})


def r_transcript(c, rec):
    pairs = alexa_pairs(c, rec["sessions"], rec["date"], rec.get("tag", "a"))
    lines = [rec.get("header", f"# {c['skill']['name']} QA run ({c['locale']})")]
    for a, b, t, stamp in pairs:
        if t["intent"] == "SessionEnded":
            continue
        lines.append(f"[{stamp}] USER: {t['utter']}")
        lines.append(f"[{stamp}] SKILL: {plain(t['speech'])}")
        if t["reprompt"] is not None:
            lines.append(f"[{stamp}] REPROMPT: {plain(t['reprompt']) or '(silence)'}")
        lines.append(f"[{stamp}] session_open={t['end'] is not True}")
    w(c["id"], rec["path"], "\n".join(lines) + "\n")


# ---- shapes not in set 1's table
def r_insights_csv(c, rec):
    """CloudWatch Logs Insights CSV export: @timestamp,@requestId,@message"""
    pairs = alexa_pairs(c, rec["sessions"], rec["date"], rec.get("tag", "a"))
    buf = io.StringIO()
    wr = csv.writer(buf)
    wr.writerow(["@timestamp", "@requestId", "@message"])
    for i, (a, b, t, stamp) in enumerate(pairs):
        r = _reqid(c, i, rec["date"])
        t1 = stamp.replace("T", " ").replace("Z", ".120")
        wr.writerow([t1, r, f"{stamp}\t{r}\tINFO\tincoming request {jd(a)}"])
        wr.writerow([t1.replace(".120", ".201"), r, f"{stamp}\t{r}\tINFO\toutgoing response {jd(b)}"])
    w(c["id"], rec["path"], buf.getvalue())


def r_postman(c, rec):
    """Postman collection v2.1 with saved example responses."""
    pairs = alexa_pairs(c, rec["sessions"], rec["date"], rec.get("tag", "a"))
    items = []
    url = rec.get("url", "http://localhost:3000/alexa")
    for i, (a, b, t, stamp) in enumerate(pairs):
        req = {"method": "POST", "header": [{"key": "Content-Type", "value": "application/json"}],
               "body": {"mode": "raw", "raw": json.dumps(a, indent=2, ensure_ascii=False), "options": {"raw": {"language": "json"}}},
               "url": {"raw": url, "protocol": url.split(":")[0], "host": [url.split("/")[2].split(":")[0]], "path": url.split("/")[3:]}}
        items.append({"name": f"{i + 1:02d} {t['utter']}", "request": req,
                      "response": [{"name": "200 OK", "originalRequest": req, "status": "OK", "code": 200,
                                    "_postman_previewlanguage": "json", "header": [{"key": "Content-Type", "value": "application/json"}],
                                    "body": json.dumps(b, indent=2, ensure_ascii=False)}]})
    w(c["id"], rec["path"], {"info": {"_postman_id": uid(c["id"], "pm"), "name": f"{c['skill']['name']} local tests",
                                      "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
                             "item": items})


def r_bespoken(c, rec):
    """Bespoken (bst test) YAML test script with the expected prompts as recorded."""
    lines = ["---", "configuration:", f"  locale: {c['locale']}", "  type: unit" if rec.get("unit", True) else "  type: e2e", "", "---",
             f"- test: {rec.get('title', 'recorded conversation')}"]
    for sess in rec["sessions"]:
        for t in sess:
            if t["intent"] == "SessionEnded":
                continue
            u = "LaunchRequest" if t["intent"] == "Launch" else t["utter"]
            lines.append(f"- {json.dumps(u, ensure_ascii=False)}:")
            lines.append(f"  - prompt: {json.dumps(plain(t['speech']), ensure_ascii=False)}")
            if t["reprompt"] is not None:
                lines.append(f"  - reprompt: {json.dumps(plain(t['reprompt']), ensure_ascii=False)}")
                if "<" in (t["reprompt"] or "") and plain(t["reprompt"]) == "":
                    lines.append(f"  - response.reprompt.outputSpeech.ssml: {json.dumps(ssml(t['reprompt']), ensure_ascii=False)}")
            if "<" in (t["speech"] or ""):
                lines.append(f"  - response.outputSpeech.ssml: {json.dumps(ssml(t['speech']), ensure_ascii=False)}")
            lines.append(f"  - response.shouldEndSession: {'true' if t['end'] else 'false' if t['end'] is False else 'undefined'}")
    w(c["id"], rec["path"], "\n".join(lines) + "\n")


def r_sam_local(c, rec):
    """`sam local invoke -e events/x.json` : event files plus captured stdout (one JSON per invoke)."""
    pairs = alexa_pairs(c, rec["sessions"], rec["date"], rec.get("tag", "a"))
    log = []
    for i, (a, b, t, stamp) in enumerate(pairs):
        name = f"{i + 1:02d}-{t['intent'].split('.')[-1].lower()}"
        w(c["id"], f"{rec['path']}/{name}.json", a)
        r = _reqid(c, i, rec["date"])
        log.append(f"$ sam local invoke SkillFunction -e {rec['path']}/{name}.json")
        log.append("Invoking index.handler (nodejs18.x)")
        log.append(f"START RequestId: {r} Version: $LATEST")
        log.append(f"END RequestId: {r}")
        log.append(f"REPORT RequestId: {r}\tInit Duration: 0.31 ms\tDuration: 412.77 ms\tBilled Duration: 413 ms\tMemory Size: 128 MB\tMax Memory Used: 128 MB")
        log.append(jd(b))
        log.append("")
    w(c["id"], rec["out"], "\n".join(log))


# ---------------------------------------------------------------- Google
def g_user(c, stamp):
    return {"userId": "ABwppH" + hid(c["id"], "gu", n=30), "locale": c["locale"], "lastSeen": stamp, "userVerificationStatus": "VERIFIED"}


def _rich(t):
    items = [{"simpleResponse": {"textToSpeech": ssml(t["speech"]) if "<" in t["speech"] else t["speech"], "displayText": plain(t["speech"])[:640]}}]
    return {"items": items, **({"suggestions": [{"title": s} for s in t["google"]["chips"]]} if t["google"].get("chips") else {})}


def _gintent(t):
    return {"Launch": "actions.intent.MAIN", "SessionEnded": "actions.intent.CANCEL"}.get(t["intent"], t["intent"])


def r_gactions_conversation(c, rec):
    lines, conv = [], None
    k = 0
    for si, sess in enumerate(rec["sessions"]):
        conv = str(int(hid(c["id"], "conv", si, n=12), 16))[:14]
        for ti, t in enumerate(sess):
            stamp = ts(rec["date"], k); k += 1
            inp = {"intent": _gintent(t) if t["intent"] not in ("Text",) else "actions.intent.TEXT",
                   "rawInputs": [{"inputType": "VOICE", "query": t["utter"]}]}
            if t["slots"]:
                inp["arguments"] = [{"name": k2, "rawText": v, "textValue": v} for k2, v in t["slots"].items()]
            req = {"user": g_user(c, stamp), "conversation": {"conversationId": conv, "type": "NEW" if ti == 0 else "ACTIVE",
                                                                   **({} if ti == 0 else {"conversationToken": "[]"})},
                   "inputs": [inp], "surface": {"capabilities": [{"name": "actions.capability.AUDIO_OUTPUT"}, {"name": "actions.capability.MEDIA_RESPONSE_AUDIO"}]},
                   "isInSandbox": True, "availableSurfaces": []}
            if t["end"]:
                resp = {"expectUserResponse": False, "finalResponse": {"richResponse": _rich(t)}}
            else:
                ei = {"inputPrompt": {"richInitialPrompt": _rich(t)}, "possibleIntents": [{"intent": "actions.intent.TEXT"}], "speechBiasingHints": []}
                if t["reprompt"] is not None:
                    ei["inputPrompt"]["noInputPrompts"] = [{"textToSpeech": ssml(t["reprompt"]) if "<" in t["reprompt"] else t["reprompt"]}] * 3
                if t["google"].get("permission"):
                    ei["possibleIntents"] = [{"intent": "actions.intent.PERMISSION", "inputValueData": {
                        "@type": "type.googleapis.com/google.actions.v2.PermissionValueSpec",
                        "optContext": t["google"].get("context", ""), "permissions": t["google"]["permission"]}}]
                resp = {"expectUserResponse": True, "expectedInputs": [ei], "conversationToken": json.dumps({"state": None, "data": {}})}
            lines.append(json.dumps({"request": req, "response": resp}, ensure_ascii=False))
    w(c["id"], rec["path"], "\n".join(lines) + "\n")


def r_dialogflow_webhook(c, rec):
    proj = c["google"]["project"]
    k = 0
    n = 0
    lang = c["locale"].split("-")[0]
    for si, sess in enumerate(rec["sessions"]):
        conv = str(int(hid(c["id"], "dfs", si, n=12), 16))[:15]
        for ti, t in enumerate(sess):
            stamp = ts(rec["date"], k); k += 1; n += 1
            disp = {"Launch": "Default Welcome Intent"}.get(t["intent"], t["intent"])
            req = {"responseId": uid(c["id"], "rid", si, ti) + "-" + hid(c["id"], si, ti, n=8),
                   "queryResult": {"queryText": t["utter"] if t["intent"] != "Launch" else "GOOGLE_ASSISTANT_WELCOME",
                                   "parameters": t["slots"], "allRequiredParamsPresent": True,
                                   "outputContexts": [{"name": f"projects/{proj}/agent/sessions/{conv}/contexts/actions_capability_audio_output"}],
                                   "intent": {"name": f"projects/{proj}/agent/intents/{uid(c['id'], disp)}", "displayName": disp},
                                   "intentDetectionConfidence": 1, "languageCode": lang},
                   "originalDetectIntentRequest": {"source": "google", "version": "2", "payload": {
                       "user": g_user(c, stamp), "conversation": {"conversationId": conv, "type": "NEW" if ti == 0 else "ACTIVE"},
                       "inputs": [{"intent": "actions.intent.MAIN" if t["intent"] == "Launch" else "actions.intent.TEXT",
                                   "rawInputs": [{"inputType": "VOICE", "query": t["utter"]}]}],
                       "surface": {"capabilities": [{"name": "actions.capability.AUDIO_OUTPUT"}]}, "isInSandbox": True}},
                   "session": f"projects/{proj}/agent/sessions/{conv}"}
            g = {"expectUserResponse": not t["end"], "richResponse": _rich(t)}
            if t["reprompt"] is not None:
                g["noInputPrompts"] = [{"textToSpeech": t["reprompt"]}]
            if t["google"].get("permission"):
                g["systemIntent"] = {"intent": "actions.intent.PERMISSION", "data": {
                    "@type": "type.googleapis.com/google.actions.v2.PermissionValueSpec",
                    "optContext": t["google"].get("context", ""), "permissions": t["google"]["permission"]}}
            resp = {"fulfillmentText": plain(t["speech"]), "payload": {"google": g}}
            w(c["id"], rec["path"].replace("{n}", f"{n:02d}").replace("{kind}", "request"), req)
            w(c["id"], rec["path"].replace("{n}", f"{n:02d}").replace("{kind}", "response"), resp)


def r_gactions_scene(c, rec):
    k = 0
    n = 0
    for si, sess in enumerate(rec["sessions"]):
        sid = "ABwppH" + hid(c["id"], "gs", si, n=40)
        for ti, t in enumerate(sess):
            stamp = ts(rec["date"], k); k += 1; n += 1
            sc = t["google"].get("scene", "Main")
            req = {"handler": {"name": t["google"].get("handler", "main")},
                   "intent": {"name": _gintent(t), "params": {k2: {"original": v, "resolved": v} for k2, v in t["slots"].items()}, "query": t["utter"]},
                   "scene": {"name": sc, "slotFillingStatus": "UNSPECIFIED", "slots": {}, "next": {"name": ""}},
                   "session": {"id": sid, "params": {}, "typeOverrides": [], "languageCode": ""},
                   "user": {"locale": c["locale"], "params": {}, "accountLinkingStatus": t["google"].get("linking", "ACCOUNT_LINKING_STATUS_UNSPECIFIED"),
                            "verificationStatus": "VERIFIED", "packageEntitlements": [], "permissions": [], "lastSeenTime": stamp},
                   "home": {"params": {}}, "device": {"capabilities": ["SPEECH", "RICH_RESPONSE", "LONG_FORM_AUDIO"]}}
            nxt = "actions.scene.END_CONVERSATION" if t["end"] else t["google"].get("next", sc)
            resp = {"session": {"id": sid, "params": {}},
                    "prompt": {"override": False, "firstSimple": {"speech": t["speech"], "text": plain(t["speech"])}},
                    "scene": {"name": sc, "slots": {}, "next": {"name": nxt}}}
            if t["google"].get("chips"):
                resp["prompt"]["suggestions"] = [{"title": x} for x in t["google"]["chips"]]
            w(c["id"], rec["path"].replace("{n}", str(n)).replace("{kind}", "req"), req)
            w(c["id"], rec["path"].replace("{n}", str(n)).replace("{kind}", "res"), resp)


RENDER = {"envelope": r_envelope, "pairs-jsonl": r_pairs_jsonl, "pairs-array": r_pairs_array,
          "smapi-simulation": r_smapi_simulation, "smapi-invocation": r_smapi_invocation, "ask-dialog": r_ask_dialog,
          "cloudwatch-text": r_cloudwatch_text, "cloudwatch-json": r_cloudwatch_json, "har": r_har, "transcript": r_transcript,
          "cloudwatch-insights-csv": r_insights_csv, "postman-collection": r_postman, "bespoken-yaml": r_bespoken,
          "sam-local-invoke": r_sam_local,
          "gactions-conversation": r_gactions_conversation, "dialogflow-webhook": r_dialogflow_webhook, "gactions-scene": r_gactions_scene}


def yaml_dump(o, ind=0):
    sp = "  " * ind
    out = []
    if isinstance(o, dict):
        for k, v in o.items():
            if isinstance(v, (dict, list)) and v:
                out.append(f"{sp}{k}:")
                out.append(yaml_dump(v, ind + 1))
            else:
                out.append(f"{sp}{k}: {_ys(v)}")
    elif isinstance(o, list):
        for v in o:
            if isinstance(v, dict) and v:
                sub = yaml_dump(v, ind + 1).split("\n")
                out.append(f"{sp}- {sub[0].strip()}")
                out.extend(sub[1:])
            else:
                out.append(f"{sp}- {_ys(v)}")
    return "\n".join(out)


def _ys(v):
    if v == {}:
        return "{}"
    if v == []:
        return "[]"
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, (int, float)):
        return str(v)
    s = str(v)
    if s == "" or any(ch in s for ch in ":#'\"{}[]&*!|>%@`,") or s.strip() != s:
        return json.dumps(s, ensure_ascii=False)
    return s


def write_google_project(c):
    g = c["google"]
    kind = g["kind"]
    if kind == "builder":
        w(c["id"], "sdk/manifest.yaml", 'version: "1.0"\n')
        w(c["id"], "sdk/settings/settings.yaml", yaml_dump({"defaultLocale": c["locale"].split("-")[0], "localizedSettings": {
            "displayName": c["skill"]["name"], "pronunciation": c["skill"]["inv"], "shortDescription": c["skill"]["desc"][:80],
            "fullDescription": c["skill"]["desc"], "privacyPolicyUrl": c["skill"].get("privacy", ""), "developerName": g.get("dev", "Indie Dev")},
            "projectId": g["project"], "category": g.get("category", "GAMES_AND_TRIVIA"), "usesTransactionsApi": False,
            "usesDigitalPurchaseApi": False, "usesInteractiveCanvas": False, **({"accountLinking": g["linking"]} if g.get("linking") else {})}) + "\n")
        w(c["id"], "sdk/actions/actions.yaml", yaml_dump({"actions": {"actions.intent.MAIN": {"handler": {"webhookHandler": "main"}}}}) + "\n")
        w(c["id"], "sdk/webhooks/ActionsOnGoogleFulfillment.yaml", yaml_dump({"handlers": [{"name": h} for h in g.get("handlers", ["main"])],
                                                                                 "inlineCloudFunction": {"executeFunction": "ActionsOnGoogleFulfillment"}}) + "\n")
        for name, body in g.get("intents", {}).items():
            w(c["id"], f"sdk/custom/intents/{name}.yaml", yaml_dump(body) + "\n")
        for name, body in g.get("scenes", {}).items():
            w(c["id"], f"sdk/custom/scenes/{name}.yaml", yaml_dump(body) + "\n")
        for name, body in g.get("types", {}).items():
            w(c["id"], f"sdk/custom/types/{name}.yaml", yaml_dump(body) + "\n")
    elif kind == "sdkv2":
        acts = [{"description": "Default Welcome Intent", "name": "MAIN", "fulfillment": {"conversationName": "main"},
                 "intent": {"name": "actions.intent.MAIN", "trigger": {"queryPatterns": g.get("main_patterns", [])}}}]
        for nm, pats in g.get("actions", {}).items():
            acts.append({"name": nm, "fulfillment": {"conversationName": "main"},
                         "intent": {"name": nm, **({"parameters": [{"name": p, "type": t} for p, t in g.get("params", {}).get(nm, {}).items()]} if g.get("params", {}).get(nm) else {}),
                                    "trigger": {"queryPatterns": pats}}})
        w(c["id"], "action.json", {"actions": acts, "conversations": {"main": {"name": "main", "url": g.get("url", f"https://us-central1-{g['project']}.cloudfunctions.net/fulfillment"),
                                                                               "fulfillmentApiVersion": 2}},
                                    "locale": c["locale"].split("-")[0]})
    elif kind == "dialogflow":
        lang = c["locale"].split("-")[0]
        w(c["id"], "agent.json", {"description": c["skill"]["desc"], "displayName": c["skill"]["name"], "language": lang,
                                  "shortDescription": c["skill"]["desc"][:80], "examples": "", "linkToDocs": "",
                                  "googleAssistant": {"googleAssistantCompatible": True, "project": g["project"], "welcomeIntentSignInRequired": g.get("signin", False),
                                                      "startIntents": [], "systemIntents": [], "endIntentIds": [], "oAuthLinking": {"required": False},
                                                      "voiceType": "FEMALE_1", "capabilities": [], "protocolVersion": "V2", "isDeviceAgent": False},
                                  "defaultTimezone": g.get("tz", "Europe/Berlin"),
                                  "webhook": {"url": g.get("url", f"https://{g['project']}.example.net/df"), "available": True},
                                  "isPrivate": True, "mlMinConfidence": 0.3, "supportedLanguages": [], "enableOnePlatformApi": True,
                                  "onePlatformApiVersion": "v2beta1"})
        w(c["id"], "package.json", {"version": "1.0.0"})
        for name, (params, phrases) in g.get("intents", {}).items():
            w(c["id"], f"intents/{name}.json", {"id": uid(c["id"], name), "name": name, "auto": True, "contexts": [],
                                                 "responses": [{"resetContexts": False, "action": "", "affectedContexts": [],
                                                                "parameters": [{"id": uid(c["id"], name, p), "required": False, "dataType": dt, "name": p,
                                                                                "value": "$" + p, "isList": False} for p, dt in params.items()],
                                                                "messages": [{"type": 0, "lang": lang, "speech": []}]}],
                                                 "priority": 500000, "webhookUsed": True, "webhookForSlotFilling": False,
                                                 "fallbackIntent": name.endswith("Fallback Intent"), "events": [{"name": "WELCOME"}] if name == "Default Welcome Intent" else []})
            us = []
            for ph in phrases:
                data = []
                for part in ph:
                    if isinstance(part, tuple):
                        data.append({"text": part[0], "alias": part[1], "meta": part[2], "userDefined": True})
                    else:
                        data.append({"text": part, "userDefined": False})
                us.append({"id": uid(c["id"], name, str(ph)), "data": data, "isTemplate": False, "count": 0, "lang": lang, "updated": 0})
            if us:
                w(c["id"], f"intents/{name}_usersays_{lang}.json", us)
    for rel, txt in (c.get("files") or {}).items():
        w(c["id"], rel, txt)


def build(c):
    if c.get("google"):
        write_google_project(c)
    else:
        write_alexa_project(c)
    for rec in c["recs"]:
        RENDER[rec["shape"]](c, rec)
