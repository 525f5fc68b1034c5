"""Renderer: turns the hand-written case descriptions (cases_*.py) into project folders and recordings."""
import csv, io, json, os, uuid, hashlib, datetime, html

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
BUILTINS = ["AMAZON.CancelIntent", "AMAZON.HelpIntent", "AMAZON.StopIntent", "AMAZON.NavigateHomeIntent", "AMAZON.FallbackIntent"]


def uid(*parts):
    return str(uuid.UUID(hashlib.md5("|".join(map(str, parts)).encode()).hexdigest()))


def T(u, intent, speech, rp=None, end=True, slots=None, **kw):
    d = dict(u=u, intent=intent, speech=speech, rp=rp, end=end, slots=slots or {})
    d.update(kw)
    return d


def write(rel, content):
    p = os.path.join(OUT, rel)
    os.makedirs(os.path.dirname(p), exist_ok=True)
    if not isinstance(content, str):
        content = json.dumps(content, indent=2, ensure_ascii=False) + "\n"
    with open(p, "w", encoding="utf-8") as f:
        f.write(content)


def ssml(s):
    if s is None:
        return None
    return s if s.startswith("<speak>") else "<speak>" + s + "</speak>"


# ---------------------------------------------------------------- Alexa project
def alexa_project(base, c):
    loc = c["locale"]
    locales = [loc] + c.get("extra_locales", [])
    pub = {}
    for l in locales:
        pub[l] = {"summary": c["desc"][:120], "examplePhrases": c.get("examples") or [f"Alexa, open {c['inv']}"],
                  "name": c["name"], "description": c["desc"], "keywords": c.get("keywords", []),
                  "smallIconUri": f"https://example-cdn.net/{c['slug']}/icon108.png",
                  "largeIconUri": f"https://example-cdn.net/{c['slug']}/icon512.png"}
    pc = {"allowsPurchases": False, "usesPersonalInfo": bool(c.get("perms")), "isChildDirected": c.get("child", False),
          "isExportCompliant": True, "containsAds": False}
    if c.get("policy"):
        pc["locales"] = {l: {"privacyPolicyUrl": c["policy"], "termsOfUseUrl": c.get("terms", "")} for l in locales}
    m = {"manifest": {"publishingInformation": {"locales": pub, "isAvailableWorldwide": False,
                      "testingInstructions": c.get("testing", "Open the skill and follow the prompts."),
                      "category": c.get("category", "GAMES"), "distributionCountries": c.get("countries", [])},
                      "apis": {"custom": {"endpoint": c.get("endpoint_obj", {"uri": f"arn:aws:lambda:eu-west-1:{int(hashlib.md5(c['slug'].encode()).hexdigest()[:8],16)%10**12:012d}:function:{c['slug']}"})}},
                      "manifestVersion": "1.0", "privacyAndCompliance": pc}}
    if c.get("perms"):
        m["manifest"]["permissions"] = [{"name": p} for p in c["perms"]]
    if c.get("interfaces"):
        m["manifest"]["apis"]["custom"]["interfaces"] = [{"type": i} for i in c["interfaces"]]
    write(f"{base}/{c.get('skill_json', 'skill-package/skill.json')}", m)
    for l in locales:
        models = c.get("models", {})
        inv = c.get("invs", {}).get(l, c["inv"])
        intents = models.get(l, c.get("intents", []))
        types = c.get("types_by_locale", {}).get(l, c.get("types", []))
        ilist = []
        for it in intents:
            name, samples = it[0], it[1]
            slots = it[2] if len(it) > 2 else {}
            ilist.append({"name": name, "slots": [{"name": k, "type": v} for k, v in slots.items()], "samples": samples})
        have = {i["name"] for i in ilist}
        for b in BUILTINS:
            if b not in have:
                ilist.append({"name": b, "samples": []})
        tl = [{"name": t[0], "values": [{"name": {"value": v}} for v in t[1]]} for t in types]
        model = {"interactionModel": {"languageModel": {"invocationName": inv, "intents": ilist, "types": tl}}}
        if c.get("dialog"):
            model["interactionModel"]["dialog"] = c["dialog"]
        write(f"{base}/skill-package/interactionModels/custom/{l}.json", model)
    write(f"{base}/ask-resources.json", {"askcliResourcesVersion": "2020-03-31", "profiles": {"default": {"skillMetadata": {"src": "./skill-package"}, "code": {"default": {"src": "./lambda"}}, "skillInfrastructure": {"type": "@ask-cli/lambda-deployer", "userConfig": {"runtime": "nodejs18.x", "handler": "index.handler"}}}}})


# ---------------------------------------------------------------- Alexa request / response
def build_turns(c, rec):
    """Returns a list of (turn, request, response) over all sessions of a recording."""
    out = []
    loc = rec.get("locale", c["locale"])
    app = "amzn1.ask.skill." + uid(c["slug"], "app")
    user = "amzn1.ask.account.AF" + hashlib.sha1((c["slug"] + "u").encode()).hexdigest().upper()[:40]
    dev = "amzn1.ask.device.AG" + hashlib.sha1((c["slug"] + "d").encode()).hexdigest().upper()[:40]
    t0 = datetime.datetime.fromisoformat(rec.get("date", "2026-11-20T18:02:11"))
    n = 0
    for si, sess in enumerate(rec["sessions"]):
        sid = "amzn1.echo-api.session." + uid(c["slug"], rec.get("path"), si)
        for ti, t in enumerate(sess):
            n += 1
            ts = (t0 + datetime.timedelta(minutes=si * 7, seconds=ti * 19)).strftime("%Y-%m-%dT%H:%M:%SZ")
            rid = "amzn1.echo-api.request." + uid(c["slug"], rec.get("path"), si, ti)
            if t["intent"] == "LAUNCH":
                r = {"type": "LaunchRequest", "requestId": rid, "timestamp": ts, "locale": loc, "shouldLinkResultBeReturned": False}
            elif t["intent"] == "END":
                r = {"type": "SessionEndedRequest", "requestId": rid, "timestamp": ts, "locale": loc, "reason": t.get("reason", "USER_INITIATED")}
            else:
                r = {"type": "IntentRequest", "requestId": rid, "timestamp": ts, "locale": loc,
                     "intent": {"name": t["intent"], "confirmationStatus": "NONE",
                                "slots": {k: {"name": k, "value": v, "confirmationStatus": "NONE"} for k, v in t["slots"].items()}}}
            ctx_perm = {"consentToken": "eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.eyJhdWQiOiJodHRwczovL2FwaS5hbWF6b25hbGV4YS5jb20ifQ.c2ln"} if c.get("perms") else {}
            req = {"version": "1.0",
                   "session": {"new": ti == 0, "sessionId": sid, "application": {"applicationId": app},
                               "attributes": t.get("attrs_in", {}), "user": {"userId": user, **({"permissions": ctx_perm} if ctx_perm else {})}},
                   "context": {"System": {"application": {"applicationId": app}, "user": {"userId": user},
                                          "device": {"deviceId": dev, "supportedInterfaces": {"AudioPlayer": {}}},
                                          "apiEndpoint": "https://api.eu.amazonalexa.com" if loc[:2] != "en" or loc == "en-GB" else "https://api.amazonalexa.com",
                                          "apiAccessToken": "eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiIsImtpZCI6IjEifQ.eyJhdWQiOiJodHRwczovL2FwaS5hbWF6b25hbGV4YS5jb20ifQ.c2ln"}},
                   "request": r}
            if t["intent"] == "END":
                resp = {"version": "1.0", "response": {}}
            else:
                resp_body = {}
                if t["speech"] is not None:
                    resp_body["outputSpeech"] = {"type": "SSML", "ssml": ssml(t["speech"])} if not t.get("plain") else {"type": "PlainText", "text": t["speech"]}
                if t.get("card"):
                    resp_body["card"] = t["card"]
                if t["rp"] is not None:
                    resp_body["reprompt"] = {"outputSpeech": {"type": "SSML", "ssml": ssml(t["rp"])} if not t.get("plain") else {"type": "PlainText", "text": t["rp"]}}
                if t.get("directives"):
                    resp_body["directives"] = t["directives"]
                if t["end"] is not None:
                    resp_body["shouldEndSession"] = t["end"]
                resp = {"version": "1.0", "sessionAttributes": t.get("attrs_out", {}), "userAgent": "ask-node/2.14.0 Node/v18.19.0", "response": resp_body}
            out.append((t, req, resp, ts, n))
    return out


def ms(ts):
    return int(datetime.datetime.strptime(ts, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=datetime.timezone.utc).timestamp() * 1000)


def render_alexa_rec(base, c, rec):
    shape, path = rec["shape"], rec["path"]
    turns = build_turns(c, rec)
    j = lambda o: json.dumps(o, ensure_ascii=False)
    endpoint = "arn:aws:lambda:eu-west-1:…:function:" + c["slug"]
    if shape == "envelope":
        for t, req, resp, ts, n in turns:
            if t["intent"] != "END":
                write(f"{base}/{path.format(n=n, intent=t['intent'].split('.')[-1])}", resp)
    elif shape == "pairs-jsonl":
        write(f"{base}/{path}", "".join(j({"request": q, "response": r}) + "\n" for t, q, r, ts, n in turns))
    elif shape == "pairs-array":
        write(f"{base}/{path}", [{"request": q, "response": r} for t, q, r, ts, n in turns])
    elif shape == "smapi-simulation":
        for t, req, resp, ts, n in turns:
            if t["intent"] == "END":
                continue
            write(f"{base}/{path.format(n=n, intent=t['intent'].split('.')[-1])}", {
                "id": uid("sim", c["slug"], path, n), "status": "SUCCESSFUL",
                "result": {"alexaExecutionInfo": {"alexaResponses": [{"type": "Speech", "content": {"caption": strip(t["speech"])}}],
                                                  "consideredIntents": [{"name": t["intent"] if t["intent"] != "LAUNCH" else "LaunchRequest", "confirmationStatus": "NONE", "slots": {}}]},
                           "skillExecutionInfo": {"invocations": [{"invocationRequest": {"endpoint": endpoint, "body": req},
                                                                   "invocationResponse": {"body": resp}, "metrics": {"skillExecutionTimeInMilliseconds": 212}}]},
                           "error": None}})
    elif shape == "smapi-invocation":
        for t, req, resp, ts, n in turns:
            if t["intent"] == "END":
                continue
            write(f"{base}/{path.format(n=n, intent=t['intent'].split('.')[-1])}", {
                "id": uid("inv", c["slug"], n), "status": "SUCCESSFUL",
                "result": {"skillExecutionInfo": {"invocationRequest": {"endpoint": endpoint, "body": req},
                                                  "invocationResponse": {"body": resp}, "metrics": {"skillExecutionTimeInMilliseconds": 187}}, "error": None}})
    elif shape == "ask-dialog":
        inputs = [t["u"] for t, *_ in turns if t["intent"] != "END"]
        write(f"{base}/{path}", {"skillId": "amzn1.ask.skill." + uid(c["slug"], "app"), "stage": "development", "locale": rec.get("locale", c["locale"]), "type": "text", "saveSkillIo": True, "userInput": inputs})
        outp = rec.get("output", path.replace(".json", ".skill-io.json"))
        if outp.endswith(".txt"):
            lines = []
            for t, q, r, ts, n in turns:
                if t["intent"] == "END":
                    continue
                lines.append(f"User  > {t['u']}")
                lines.append(f"Alexa > {strip(t['speech'])}")
            write(f"{base}/{outp}", "\n".join(lines) + "\n")
        else:
            write(f"{base}/{outp}", [{"utterance": t["u"], "invocations": [{"request": q, "response": r}]} for t, q, r, ts, n in turns if t["intent"] != "END"])
    elif shape == "cloudwatch-text":
        lines = []
        for t, q, r, ts, n in turns:
            rid = uid("lambda", c["slug"], n)
            lines += [f"{ts[:-1]}.101Z START RequestId: {rid} Version: $LATEST",
                      f"{ts[:-1]}.118Z\t{rid}\tINFO\t{rec.get('kw_req', 'Request:')} {j(q)}",
                      f"{ts[:-1]}.244Z\t{rid}\tINFO\t{rec.get('kw_resp', 'Response:')} {j(r)}",
                      f"{ts[:-1]}.251Z END RequestId: {rid}",
                      f"{ts[:-1]}.251Z REPORT RequestId: {rid}\tDuration: 133.52 ms\tBilled Duration: 134 ms\tMemory Size: 256 MB\tMax Memory Used: 91 MB"]
        write(f"{base}/{path}", "\n".join(lines) + "\n")
    elif shape == "cloudwatch-json":
        ev = []
        for t, q, r, ts, n in turns:
            rid = uid("lambda", c["slug"], n)
            for k, (word, o) in enumerate((("Request:", q), ("Response:", r))):
                ev.append({"logStreamName": f"2026/11/20/[$LATEST]{hashlib.md5(c['slug'].encode()).hexdigest()}", "timestamp": ms(ts) + k * 90,
                           "message": f"{ts}\t{rid}\tINFO\t{word} {j(o)}\n", "ingestionTime": ms(ts) + 900, "eventId": str(37000000000000000000000000000000000000000000000000000000 + ms(ts) * 10 + k)})
        write(f"{base}/{path}", {"events": ev, "searchedLogStreams": []})
    elif shape == "har":
        url = rec.get("url", f"https://{c['slug']}.example-skills.net/alexa")
        entries = []
        for t, q, r, ts, n in turns:
            entries.append({"startedDateTime": ts.replace("Z", ".000Z"), "time": 143,
                            "request": {"method": "POST", "url": url, "httpVersion": "HTTP/1.1",
                                        "headers": [{"name": "Content-Type", "value": "application/json; charset=utf-8"}, {"name": "Signature-256", "value": "…"}],
                                        "queryString": [], "cookies": [], "headersSize": -1, "bodySize": len(j(q)),
                                        "postData": {"mimeType": "application/json", "text": j(q)}},
                            "response": {"status": 200, "statusText": "OK", "httpVersion": "HTTP/1.1", "headers": [{"name": "Content-Type", "value": "application/json"}], "cookies": [],
                                         "content": {"size": len(j(r)), "mimeType": "application/json", "text": j(r)}, "redirectURL": "", "headersSize": -1, "bodySize": len(j(r))},
                            "cache": {}, "timings": {"send": 1, "wait": 140, "receive": 2}})
        write(f"{base}/{path}", {"log": {"version": "1.2", "creator": {"name": rec.get("creator", "Charles Proxy"), "version": "4.6.6"}, "pages": [], "entries": entries}})
    elif shape == "transcript":
        lines = [f"# probe transcript {c['name']} locale={c['locale']}"]
        for t, q, r, ts, n in turns:
            if t["intent"] == "END":
                continue
            lines.append(f"[{ts}] USER: {t['u']}")
            lines.append(f"[{ts}] SKILL: {strip(t['speech'])}")
            if t["rp"] is not None:
                lines.append(f"[{ts}] REPROMPT: {t['rp']!r}")
            lines.append(f"[{ts}] session_open={'false' if t['end'] else 'true'}")
        write(f"{base}/{path}", "\n".join(lines) + "\n")
    # ---- shapes not in the brief's list
    elif shape == "postman-collection":
        items = []
        for t, q, r, ts, n in turns:
            items.append({"name": f"{n:02d} {t['u'] or t['intent']}", "request": {"method": "POST", "header": [{"key": "Content-Type", "value": "application/json"}],
                          "body": {"mode": "raw", "raw": json.dumps(q, indent=2, ensure_ascii=False), "options": {"raw": {"language": "json"}}},
                          "url": {"raw": "{{skill_url}}", "host": ["{{skill_url}}"]}},
                          "response": [{"name": "saved " + ts, "originalRequest": {"method": "POST", "url": {"raw": "{{skill_url}}"}}, "status": "OK", "code": 200,
                                        "_postman_previewlanguage": "json", "header": [{"key": "Content-Type", "value": "application/json"}], "body": json.dumps(r, indent=2, ensure_ascii=False)}]})
        write(f"{base}/{path}", {"info": {"_postman_id": uid("pm", c["slug"]), "name": c["name"] + " local tests", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
                                 "item": items, "variable": [{"key": "skill_url", "value": "http://localhost:3000/alexa"}]})
    elif shape == "jupyter-notebook":
        cells = [{"cell_type": "markdown", "metadata": {}, "source": [f"# {c['name']} – replaying requests against the local handler\n"]},
                 {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [], "source": ["import json, requests\n", "URL = 'http://127.0.0.1:3001/'\n", "def ask(env):\n", "    r = requests.post(URL, json=env)\n", "    print(json.dumps(r.json(), indent=1, ensure_ascii=False))\n"]}]
        for k, (t, q, r, ts, n) in enumerate(turns):
            cells.append({"cell_type": "code", "execution_count": k + 2, "metadata": {}, "source": [f"req{n} = " + json.dumps(q, ensure_ascii=False) + "\n", f"ask(req{n})  # {t['u']}\n"],
                          "outputs": [{"name": "stdout", "output_type": "stream", "text": [l + "\n" for l in json.dumps(r, indent=1, ensure_ascii=False).split("\n")]}]})
        write(f"{base}/{path}", {"cells": cells, "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}, "language_info": {"name": "python", "version": "3.11.6"}}, "nbformat": 4, "nbformat_minor": 5})
    elif shape == "sheet-csv":
        buf = io.StringIO()
        w = csv.writer(buf, delimiter=rec.get("delim", ","))
        w.writerow(["session", "turn", "timestamp", "user_said", "intent", "slots", "speech_ssml", "reprompt_ssml", "shouldEndSession", "tester_notes"])
        for t, q, r, ts, n in turns:
            if t["intent"] == "END":
                continue
            rb = r["response"]
            w.writerow([q["session"]["sessionId"][-12:], n, ts, t["u"], t["intent"], json.dumps(t["slots"], ensure_ascii=False) if t["slots"] else "",
                        rb.get("outputSpeech", {}).get("ssml", ""), rb.get("reprompt", {}).get("outputSpeech", {}).get("ssml", ""),
                        str(rb.get("shouldEndSession", "")).upper(), t.get("note", "")])
        write(f"{base}/{path}", buf.getvalue())
    elif shape == "fluentbit-ndjson":
        lines = []
        for t, q, r, ts, n in turns:
            rid = uid("lambda", c["slug"], n)
            for word, o in (("Request:", q), ("Response:", r)):
                lines.append(j({"date": ms(ts) / 1000.0, "log_group": f"/aws/lambda/{c['slug']}", "log_stream": "2026/11/20/[$LATEST]a41c",
                                "source": "cloudwatch", "kubernetes": None, "service": c["slug"], "host": "lambda",
                                "log": f"{ts}\t{rid}\tINFO\t{word} {j(o)}"}))
        write(f"{base}/{path}", "\n".join(lines) + "\n")
    elif shape == "junit-xml":
        cases = []
        for t, q, r, ts, n in turns:
            cases.append(f'    <testcase classname="skill.{c["slug"]}" name="turn {n}: {html.escape(t["u"] or t["intent"], quote=True)}" time="0.{100+n}">\n'
                         f'      <system-out><![CDATA[\n>>> REQUEST\n{json.dumps(q, indent=2, ensure_ascii=False)}\n<<< RESPONSE\n{json.dumps(r, indent=2, ensure_ascii=False)}\n]]></system-out>\n    </testcase>')
        write(f"{base}/{path}", '<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="jest tests" tests="%d" failures="0">\n  <testsuite name="%s conversation" tests="%d" failures="0" errors="0" timestamp="%s">\n%s\n  </testsuite>\n</testsuites>\n'
              % (len(turns), html.escape(c["name"]), len(turns), turns[0][3][:-1], "\n".join(cases)))
    elif shape == "curl-verbose":
        parts = []
        for t, q, r, ts, n in turns:
            body = j(q)
            rb = j(r)
            parts.append(f"$ curl -v -X POST https://localhost:8443/skill -H 'Content-Type: application/json' -d @turn{n}.json\n"
                         f"*   Trying 127.0.0.1:8443...\n* Connected to localhost (127.0.0.1) port 8443 (#0)\n"
                         f"> POST /skill HTTP/1.1\n> Host: localhost:8443\n> User-Agent: curl/8.5.0\n> Accept: */*\n> Content-Type: application/json\n> Content-Length: {len(body.encode())}\n>\n"
                         f"}} [{len(body.encode())} bytes data]\n{body}\n"
                         f"< HTTP/1.1 200 OK\n< Content-Type: application/json; charset=utf-8\n< Content-Length: {len(rb.encode())}\n< Date: {ts}\n<\n{rb}\n* Connection #0 to host localhost left intact\n")
        write(f"{base}/{path}", "\n".join(parts))
    else:
        raise ValueError(shape)


def strip(s):
    import re
    if s is None:
        return ""
    return re.sub(r"<[^>]+>", "", s).strip()


# ---------------------------------------------------------------- Google
def google_project(base, c):
    g = c["google"]
    kind = g["kind"]
    lang = c["locale"].split("-")[0]
    if kind == "builder":
        y = [f"projectId: {c['slug']}-prod", f"defaultLocale: {lang}", "localizedSettings:", f"  displayName: {c['name']}",
             f"  pronunciation: {c['inv']}", f"  shortDescription: {c['desc'][:80]}", f"  fullDescription: {c['desc']}",
             f"  developerName: {g.get('developer', 'Independent developer')}", f"  developerEmail: {g.get('email', 'dev@example.org')}",
             f"  privacyPolicyUrl: {c.get('policy') or ''}", f"  smallLogoImage: $resources.images.square",
             f"category: {g.get('category', 'GAMES_AND_TRIVIA')}", f"usesTransactionsApi: false", f"usesDigitalPurchaseApi: false",
             f"usesInteractiveCanvas: false", f"designedForFamily: {str(c.get('child', False)).lower()}", "accountLinking: {}"]
        write(f"{base}/sdk/settings/settings.yaml", "\n".join(y) + "\n")
        write(f"{base}/sdk/manifest.yaml", "version: \"1.0\"\n")
        write(f"{base}/sdk/actions/actions.yaml", "actions:\n  actions.intent.MAIN:\n    handler:\n      webhookHandler: main\n    intent: actions.intent.MAIN\n")
        write(f"{base}/sdk/webhooks/ActionsOnGoogleFulfillment.yaml", "handlers:\n" + "".join(f"- name: {h}\n" for h in g.get("handlers", ["main"])) + "httpsEndpoint:\n  baseUrl: https://europe-west1-" + c["slug"] + ".cloudfunctions.net/fulfillment\n")
        for name, phrases, params in g["intents"]:
            s = ""
            if params:
                s += "parameters:\n" + "".join(f"- name: {p}\n  type:\n    name: {tn}\n" for p, tn in params.items())
            s += "trainingPhrases:\n" + "".join(f"- {json.dumps(p, ensure_ascii=False)}\n" for p in phrases)
            write(f"{base}/sdk/custom/intents/{name}.yaml", s)
        for name, body in g.get("scenes", {}).items():
            write(f"{base}/sdk/custom/scenes/{name}.yaml", body)
        for name, body in g.get("types", {}).items():
            write(f"{base}/sdk/custom/types/{name}.yaml", body)
    elif kind == "sdk2":
        act = {"manifest": {"displayName": c["name"], "invocationName": c["inv"], "shortDescription": c["desc"][:80], "longDescription": c["desc"],
                            "category": g.get("category", "GAMES"), "privacyUrl": c.get("policy") or "", "companyName": g.get("developer", "")},
               "locale": c["locale"].lower() if lang in ("pt",) else lang,
               "actions": [{"description": d, "name": n, "fulfillment": {"conversationName": "main"},
                            "intent": {"name": n, "parameters": [{"name": p, "type": tp} for p, tp in params.items()], "trigger": {"queryPatterns": pats}}}
                           for n, d, pats, params in g["intents"]],
               "conversations": {"main": {"name": "main", "url": f"https://{c['slug']}.example-actions.net/conversation", "fulfillmentApiVersion": 2}},
               "types": [{"name": tn, "entities": [{"key": v, "synonyms": [v]} for v in vals]} for tn, vals in g.get("types", {}).items()]}
        write(f"{base}/action.json", act)
    elif kind == "dialogflow":
        write(f"{base}/agent.json", {"description": c["desc"], "language": lang, "shortDescription": "", "examples": "", "linkToDocs": "", "displayName": c["name"],
                                     "disableInteractionLogs": False, "disableStackdriverLogs": True,
                                     "googleAssistant": {"googleAssistantCompatible": True, "project": c["slug"] + "-9f2c1", "welcomeIntentSignInRequired": False,
                                                         "startIntents": [], "systemIntents": [], "endIntentIds": [], "oAuthLinking": {"required": False, "providerId": "", "authorizationUrl": "", "tokenUrl": "", "scopes": "", "privacyPolicyUrl": c.get("policy") or "", "grantType": "AUTH_CODE_GRANT"},
                                                         "voiceType": "MALE_1", "capabilities": [], "env": "", "protocolVersion": "V2", "autoPreviewEnabled": False, "isDeviceAgent": False},
                                     "defaultTimezone": g.get("tz", "Europe/Madrid"), "webhook": {"url": f"https://{c['slug']}.example-actions.net/df", "username": "", "headers": {}, "available": True, "useForDomains": False, "cloudFunctionsEnabled": False, "cloudFunctionsInitialized": False},
                                     "isPrivate": True, "mlMinConfidence": 0.3, "supportedLanguages": [], "enableOnePlatformApi": True, "onePlatformApiVersion": "v2", "invocationName": c["inv"]})
        write(f"{base}/package.json", {"version": "1.0.0"})
        for name, phrases, params, reply in g["intents"]:
            write(f"{base}/intents/{name}.json", {"id": uid(c["slug"], name), "name": name, "auto": True, "contexts": [], "webhookUsed": True, "webhookForSlotFilling": False, "fallbackIntent": False, "events": [{"name": "WELCOME"}] if "Welcome" in name else [],
                                                  "responses": [{"resetContexts": False, "action": "", "affectedContexts": [], "parameters": [{"id": uid(name, p), "name": p, "required": False, "dataType": dt, "value": "$" + p, "isList": False} for p, dt in params.items()],
                                                                 "messages": [{"type": "0", "title": "", "textToSpeech": "", "lang": lang, "speech": [reply]}] if reply else [], "speech": []}], "priority": 500000, "endInteraction": False})
            data = []
            for p in phrases:
                segs = []
                for part in p:
                    if isinstance(part, tuple):
                        segs.append({"text": part[0], "alias": part[1], "meta": part[2], "userDefined": True})
                    else:
                        segs.append({"text": part, "userDefined": False})
                data.append({"id": uid(name, str(p)), "data": segs, "isTemplate": False, "count": 0, "lang": lang, "updated": 0})
            if phrases:
                write(f"{base}/intents/{name}_usersays_{lang}.json", data)
        for tn, vals in g.get("entities", {}).items():
            write(f"{base}/entities/{tn}.json", {"id": uid(tn), "name": tn, "isOverridable": True, "isEnum": False, "isRegexp": False, "automatedExpansion": True, "allowFuzzyExtraction": False})
            write(f"{base}/entities/{tn}_entries_{lang}.json", [{"value": v, "synonyms": [v]} for v in vals])


def render_google_rec(base, c, rec):
    shape, path = rec["shape"], rec["path"]
    lang = c["locale"]
    sess = "ABwppHF" + hashlib.md5((c["slug"] + path).encode()).hexdigest()
    t0 = datetime.datetime.fromisoformat(rec.get("date", "2026-11-21T10:00:00"))
    turns = rec["turns"]
    out = []
    for k, t in enumerate(turns):
        ts = (t0 + datetime.timedelta(seconds=k * 17)).strftime("%Y-%m-%dT%H:%M:%SZ")
        if shape == "gactions-scene":
            req = {"handler": {"name": t.get("handler", "main")}, "intent": {"name": t["intent"], "params": {k2: {"original": v, "resolved": v} for k2, v in t.get("params", {}).items()}, "query": t["u"]},
                   "scene": {"name": t.get("scene", "Main"), "slotFillingStatus": "UNSPECIFIED", "slots": {}},
                   "session": {"id": sess, "params": {}, "typeOverrides": [], "languageCode": ""},
                   "user": {"locale": lang, "params": {}, "accountLinkingStatus": "ACCOUNT_LINKING_STATUS_UNSPECIFIED", "verificationStatus": "VERIFIED", "packageEntitlements": [], "gaiamint": "", "permissions": [], "lastSeenTime": ts},
                   "home": {"params": {}}, "device": {"capabilities": ["SPEECH", "RICH_RESPONSE", "LONG_FORM_AUDIO"], "timeZone": {"id": "Europe/Berlin", "version": ""}}}
            res = {"session": {"id": sess, "params": t.get("sparams", {})}, "prompt": {"override": False, "firstSimple": {"speech": t["speech"], "text": strip(t["speech"])}}}
            if t.get("next"):
                res["scene"] = {"name": t.get("scene", "Main"), "slots": {}, "next": {"name": t["next"]}}
            out.append({"request": req, "response": res, "ts": ts})
        elif shape == "gactions-conversation":
            req = {"user": {"locale": lang, "lastSeen": ts, "userVerificationStatus": "VERIFIED", **({"profile": t["profile"]} if t.get("profile") else {})}, "conversation": {"conversationId": sess, "type": "NEW" if k == 0 else "ACTIVE", **({"conversationToken": "[]"} if k else {})},
                   "inputs": [{"intent": t["intent"], "rawInputs": [{"inputType": "VOICE", "query": t["u"]}], "arguments": [{"name": a, "rawText": v, "textValue": v} for a, v in t.get("params", {}).items()]}],
                   "surface": {"capabilities": [{"name": "actions.capability.AUDIO_OUTPUT"}, {"name": "actions.capability.MEDIA_RESPONSE_AUDIO"}]}, "isInSandbox": True, "requestType": "SIMULATOR"}
            res = {"expectUserResponse": t["expect"]}
            body = {"richInitialPrompt": {"items": [{"simpleResponse": {"textToSpeech": t["speech"]}}]}}
            if t["expect"]:
                res["expectedInputs"] = [{"inputPrompt": {**body, "noInputPrompts": [{"textToSpeech": p} for p in t.get("noinput", [])]},
                                          "possibleIntents": [t.get("possible", {"intent": "actions.intent.TEXT"})]}]
                if t.get("speechBiasingHints"):
                    res["expectedInputs"][0]["speechBiasingHints"] = t["speechBiasingHints"]
            else:
                res["finalResponse"] = {"richResponse": body["richInitialPrompt"]}
            out.append({"request": req, "response": res, "ts": ts})
        elif shape == "dialogflow-webhook":
            req = {"responseId": uid(c["slug"], k), "queryResult": {"queryText": t["u"], "parameters": t.get("params", {}), "allRequiredParamsPresent": True,
                                                                    "intent": {"name": f"projects/{c['slug']}-9f2c1/agent/intents/{uid(c['slug'], t['intent'])}", "displayName": t["intent"]},
                                                                    "intentDetectionConfidence": 0.87, "languageCode": lang.lower()},
                   "originalDetectIntentRequest": {"source": "google", "version": "2", "payload": {"user": {"locale": lang, "userVerificationStatus": "VERIFIED"}, "conversation": {"conversationId": sess, "type": "NEW" if k == 0 else "ACTIVE"},
                                                                                                 "inputs": [{"rawInputs": [{"query": t["u"], "inputType": "VOICE"}], "intent": "actions.intent.TEXT" if k else "actions.intent.MAIN"}]}},
                   "session": f"projects/{c['slug']}-9f2c1/agent/sessions/{sess}"}
            g = {"expectUserResponse": t["expect"], "richResponse": {"items": [{"simpleResponse": {"textToSpeech": t["speech"]}}]}}
            if t.get("noinput"):
                g["noInputPrompts"] = [{"textToSpeech": p} for p in t["noinput"]]
            if t.get("systemIntent"):
                g["systemIntent"] = t["systemIntent"]
            res = {"fulfillmentText": strip(t["speech"]), "payload": {"google": g}}
            out.append({"request": req, "response": res, "ts": ts})
    layout = rec.get("layout", "files")
    if layout == "files":
        for k, o in enumerate(out, 1):
            write(f"{base}/{path.format(n=k)}", {"timestamp": o["ts"], "request": o["request"], "response": o["response"]})
    elif layout == "split":
        for k, o in enumerate(out, 1):
            write(f"{base}/{path.format(n=k, kind='req')}", o["request"])
            write(f"{base}/{path.format(n=k, kind='res')}", o["response"])
    elif layout == "array":
        write(f"{base}/{path}", [{"request": o["request"], "response": o["response"]} for o in out])
    elif layout == "jsonl":
        write(f"{base}/{path}", "".join(json.dumps({"ts": o["ts"], "request": o["request"], "response": o["response"]}, ensure_ascii=False) + "\n" for o in out))


# ---------------------------------------------------------------- driver
def render_all(cases):
    import shutil
    cdir = os.path.join(OUT, "cases")
    if os.path.isdir(cdir):
        shutil.rmtree(cdir)
    labels = {}
    for c in cases:
        cid = f"{c['id']}-{c['slug']}"
        base = f"cases/{cid}"
        if "google" in c:
            google_project(base, c)
        else:
            alexa_project(base, c)
        for rec in c.get("recs", []):
            if rec["shape"] in ("gactions-scene", "gactions-conversation", "dialogflow-webhook"):
                render_google_rec(base, c, rec)
            else:
                render_alexa_rec(base, c, rec)
        for rel, content in c.get("files", {}).items():
            write(f"{base}/{rel}", content)
        shapes = sorted({r["shape"] for r in c.get("recs", [])})
        labels[cid] = {"categories": sorted(c["cats"]), "locale": c["locale"], "shapes": shapes, "why": c["why"]}
    write("labels.json", labels)
    return labels
