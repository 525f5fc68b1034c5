"""Renderer: turns the hand-written case descriptions (cases_*.py) into case folders.
Only formatting lives here; every utterance, answer, name and label is written by hand in cases_*.py."""
import csv, hashlib, io, json, os, random, datetime, shutil
from xml.sax.saxutils import escape

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BUILTINS = ["AMAZON.CancelIntent", "AMAZON.HelpIntent", "AMAZON.StopIntent", "AMAZON.NavigateHomeIntent",
            "AMAZON.FallbackIntent"]


def rnd(case_id, salt):
    return random.Random(hashlib.sha256((case_id + salt).encode()).hexdigest())


def uid(r, n=None):
    h = "%032x" % r.getrandbits(128)
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def hexid(r, n=40):
    return ("%0" + str(n) + "X") % r.getrandbits(n * 4)


def wjson(path, obj, indent=2):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        json.dump(obj, f, ensure_ascii=False, indent=indent)
        f.write("\n")


def wtext(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def speech_obj(s):
    if s is None:
        return None
    if s.startswith("<speak>"):
        return {"type": "SSML", "ssml": s}
    return {"type": "PlainText", "text": s}


# ---------------------------------------------------------------- Alexa packages

def skill_json(c):
    loc = c["loc"]
    locs = [loc] + c.get("extra_locales", [])
    pub = {}
    for l in locs:
        pub[l] = {"summary": c["desc"][:160], "examplePhrases": c.get("examples") or [
            {"ja-JP": f"アレクサ、{c['inv']}を開いて", "de-DE": f"Alexa, öffne {c['inv']}",
             "es-ES": f"Alexa, abre {c['inv']}", "fr-FR": f"Alexa, ouvre {c['inv']}",
             "it-IT": f"Alexa, apri {c['inv']}", "pt-BR": f"Alexa, abra {c['inv']}"}.get(l, f"Alexa, open {c['inv']}")],
                  "name": c["name"], "description": c["desc"], "keywords": c.get("keywords", []),
                  "smallIconUri": "https://s3.amazonaws.com/CAPS-SSE/echo_developer/" + c["id"][:3] + "/small.png",
                  "largeIconUri": "https://s3.amazonaws.com/CAPS-SSE/echo_developer/" + c["id"][:3] + "/large.png"}
    pc = {"allowsPurchases": c.get("purchases", False), "usesPersonalInfo": bool(c.get("perms") or c.get("personal")),
          "isChildDirected": c.get("child", False), "isExportCompliant": True, "containsAds": False}
    if c.get("policy"):
        pc["locales"] = {l: {"privacyPolicyUrl": c["policy"], "termsOfUseUrl": c.get("terms", "")} for l in locs}
    m = {"manifest": {"publishingInformation": {"locales": pub, "isAvailableWorldwide": False,
                                                  "testingInstructions": c.get("testing", "Open the skill and follow the prompts."),
                                                  "category": c.get("category", "GAMES"),
                                                  "distributionCountries": [c.get("country", loc.split("-")[1])]},
                      "apis": {"custom": {"endpoint": {"uri": "arn:aws:lambda:" + c.get("region", "us-east-1") + ":" +
                                                         str(rnd(c["id"], "acct").randint(10**11, 10**12 - 1)) +
                                                         ":function:" + c["id"][4:]}}},
                      "manifestVersion": "1.0", "privacyAndCompliance": pc}}
    if c.get("perms"):
        m["manifest"]["permissions"] = [{"name": p} for p in c["perms"]]
    if c.get("events"):
        m["manifest"]["events"] = c["events"]
    return m


def model_json(c, loc=None):
    intents = []
    for it in c.get("intents", []):
        name, samples = it[0], it[1]
        slots = it[2] if len(it) > 2 else {}
        d = {"name": name, "slots": [{"name": k, "type": v} for k, v in slots.items()], "samples": samples}
        intents.append(d)
    names = {i["name"] for i in intents}
    for b in BUILTINS:
        if b not in names:
            intents.append({"name": b, "samples": []})
    types = [{"name": k, "values": [{"name": {"value": v}} for v in vals]} for k, vals in c.get("types", {}).items()]
    lm = {"invocationName": c["inv"], "intents": intents, "types": types}
    out = {"interactionModel": {"languageModel": lm}}
    if c.get("dialog"):
        out["interactionModel"]["dialog"] = c["dialog"]
    return out


# ---------------------------------------------------------------- Alexa recordings

class Conv:
    """Expands hand-written sessions into request/response envelopes."""

    def __init__(self, c, rec):
        self.c, self.rec = c, rec
        self.r = rnd(c["id"], rec.get("path", "") + rec["shape"])
        self.app = "amzn1.ask.skill." + uid(rnd(c["id"], "app"))
        self.user = "amzn1.ask.account." + hexid(rnd(c["id"], "user" + rec.get("path", "")), 40)
        self.dev = "amzn1.ask.device." + hexid(rnd(c["id"], "dev"), 40)
        self.t0 = datetime.datetime.fromisoformat(rec.get("date", "2026-10-14T19:02:11"))
        self.loc = rec.get("locale", c["loc"])

    def turns(self):
        """yield dicts with utter, request, response, ts, sid, new."""
        t = self.t0
        out = []
        for sess in self.rec["sessions"]:
            sid = "amzn1.echo-api.session." + uid(self.r)
            attrs = {}
            for i, turn in enumerate(sess):
                utter, req, speech, rep, end = turn[:5]
                extra = turn[5] if len(turn) > 5 else {}
                t = t + datetime.timedelta(seconds=self.r.randint(4, 19))
                ts = t.strftime("%Y-%m-%dT%H:%M:%SZ")
                rid = "amzn1.echo-api.request." + uid(self.r)
                body = {"requestId": rid, "locale": self.loc, "timestamp": ts}
                if req == "Launch":
                    body = {"type": "LaunchRequest", **body}
                elif req == "End":
                    body = {"type": "SessionEndedRequest", **body, "reason": extra.get("reason", "USER_INITIATED")}
                else:
                    name, slots = (req, {}) if isinstance(req, str) else req
                    body = {"type": "IntentRequest", **body, "dialogState": extra.get("dialogState", "COMPLETED") if slots else None,
                            "intent": {"name": name, "confirmationStatus": "NONE",
                                       "slots": {k: {"name": k, "value": v, "confirmationStatus": "NONE", "source": "USER"}
                                                 for k, v in slots.items()}}}
                    if not slots:
                        del body["intent"]["slots"]
                        del body["dialogState"]
                session = {"new": i == 0, "sessionId": sid, "application": {"applicationId": self.app},
                           "user": {"userId": self.user}}
                if i:
                    session["attributes"] = dict(attrs)
                request = {"version": "1.0", "session": session,
                           "context": {"System": {"application": {"applicationId": self.app}, "user": {"userId": self.user},
                                                  "device": {"deviceId": self.dev, "supportedInterfaces": extra.get("ifaces", {})},
                                                  "apiEndpoint": "https://api.eu.amazonalexa.com" if self.loc[-2:] in ("DE", "ES", "FR", "IT", "GB") else (
                                                      "https://api.fe.amazonalexa.com" if self.loc == "ja-JP" else "https://api.amazonalexa.com"),
                                                  "apiAccessToken": "eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.REDACTED"}},
                           "request": body}
                if extra.get("attrs"):
                    attrs.update(extra["attrs"])
                response = None
                if req != "End" or speech is not None:
                    rb = {}
                    if speech is not None:
                        rb["outputSpeech"] = speech_obj(speech)
                    if extra.get("card"):
                        rb["card"] = extra["card"]
                    if rep is not None:
                        rb["reprompt"] = {"outputSpeech": speech_obj(rep)}
                    if extra.get("directives"):
                        rb["directives"] = extra["directives"]
                    if end is not None:
                        rb["shouldEndSession"] = end
                    response = {"version": "1.0", "sessionAttributes": dict(attrs),
                                "userAgent": self.rec.get("ua", "ask-node/2.14.0 Node/v18.19.0"), "response": rb}
                out.append({"utter": utter, "request": request, "response": response, "ts": ts, "t": t, "sid": sid,
                            "rid": rid, "new": i == 0})
        return out


def utter_of(x, c):
    if x["utter"] is not None:
        return x["utter"]
    return {"ja-JP": c["inv"] + "を開いて", "de-DE": "öffne " + c["inv"], "es-ES": "abre " + c["inv"],
            "fr-FR": "ouvre " + c["inv"], "it-IT": "apri " + c["inv"], "pt-BR": "abra " + c["inv"]}.get(c["loc"], "open " + c["inv"])


def resp_speech(resp):
    if not resp:
        return ""
    o = resp["response"].get("outputSpeech") or {}
    return o.get("ssml") or o.get("text") or ""


def render_alexa_rec(c, rec, cdir):
    conv = Conv(c, rec)
    T = conv.turns()
    shape, path = rec["shape"], os.path.join(cdir, rec["path"])
    fmt = rec.get("fmt")
    if shape == "envelope":
        for i, x in enumerate(T):
            if x["response"]:
                name = rec.get("names", "{i:02d}-{kind}.json").format(i=i + 1, kind=x["request"]["request"]["type"].replace("Request", "").lower()
                                                                      if x["request"]["request"]["type"] != "IntentRequest" else x["request"]["request"]["intent"]["name"].split(".")[-1])
                wjson(os.path.join(path, name), x["response"])
    elif shape == "pairs-jsonl":
        wtext(path, "".join(json.dumps({"request": x["request"], "response": x["response"]}, ensure_ascii=False) + "\n" for x in T))
    elif shape == "pairs-array":
        keys = rec.get("keys", ("request", "response"))
        wjson(path, [{keys[0]: x["request"], keys[1]: x["response"]} for x in T])
    elif shape in ("smapi-simulation", "smapi-invocation"):
        for i, x in enumerate(T):
            ep = c.get("_endpoint", "arn:aws:lambda:us-east-1:123456789012:function:" + c["id"][4:])
            inv = {"invocationRequest": {"endpoint": ep, "body": x["request"]},
                   "invocationResponse": {"body": x["response"]}, "metrics": {"skillExecutionTimeInMilliseconds": conv.r.randint(40, 900)}}
            if shape == "smapi-simulation":
                obj = {"id": uid(conv.r), "status": "SUCCESSFUL",
                       "result": {"alexaExecutionInfo": {"alexaResponses": [{"type": "Speech", "content": {"caption": resp_speech(x["response"])}}] if x["response"] else [],
                                                         "consideredIntents": []},
                                  "skillExecutionInfo": {"invocations": [inv]}, "error": None}}
                if rec.get("input_in_file"):
                    obj["input"] = {"content": utter_of(x, c)}
            else:
                obj = {"id": uid(conv.r), "status": "SUCCESSFUL", "result": {"skillExecutionInfo": inv, "error": None}}
            wjson(os.path.join(path, rec.get("names", "{i:02d}.json").format(i=i + 1, u=utter_of(x, c)[:20].replace(" ", "_"))), obj)
    elif shape == "ask-dialog":
        wjson(os.path.join(path, "dialog-replay.json"), {"skillId": conv.app, "locale": conv.loc, "type": "text",
                                                         "userInput": [utter_of(x, c) for x in T], "storageAttributes": {}})
        if rec.get("text_record"):
            lines = []
            for x in T:
                lines.append("User  > " + utter_of(x, c))
                lines.append("Alexa > " + resp_speech(x["response"]))
            wtext(os.path.join(path, "dialog-output.txt"), "\n".join(lines) + "\n")
        else:
            wjson(os.path.join(path, "dialog-output.json"),
                  [{"utterance": utter_of(x, c), "invocations": [{"invocationRequest": {"body": x["request"]},
                                                                  "invocationResponse": {"body": x["response"]}}]} for x in T])
    elif shape == "cloudwatch-text":
        lines = []
        py = fmt == "python"
        for x in T:
            lid = uid(conv.r)
            lines.append(f"{x['ts'][:-1]}.{conv.r.randint(100,999)}Z START RequestId: {lid} Version: {rec.get('version', '$LATEST')}")
            if py:
                lines.append(f"[INFO]\t{x['ts']}\t{lid}\tRequest: " + json.dumps(x["request"], ensure_ascii=False))
                lines.append(f"[INFO]\t{x['ts']}\t{lid}\tResponse: " + json.dumps(x["response"], ensure_ascii=False))
            else:
                lines.append(f"{x['ts']}\t{lid}\tINFO\t{rec.get('kw', ('Request:', 'Response:'))[0]} " + json.dumps(x["request"], ensure_ascii=False))
                lines.append(f"{x['ts']}\t{lid}\tINFO\t{rec.get('kw', ('Request:', 'Response:'))[1]} " + json.dumps(x["response"], ensure_ascii=False))
            lines.append(f"{x['ts']} END RequestId: {lid}")
            lines.append(f"{x['ts']} REPORT RequestId: {lid}\tDuration: {conv.r.randint(20,400)}.{conv.r.randint(10,99)} ms\tBilled Duration: {conv.r.randint(20,400)} ms\tMemory Size: 256 MB\tMax Memory Used: {conv.r.randint(70,120)} MB")
        wtext(path, "\n".join(lines) + "\n")
    elif shape == "cloudwatch-json":
        ev = []
        stream = f"{conv.t0:%Y/%m/%d}/[$LATEST]{hexid(conv.r, 32).lower()}"
        for x in T:
            ms = int(x["t"].replace(tzinfo=datetime.timezone.utc).timestamp() * 1000)
            ev.append({"logStreamName": stream, "timestamp": ms, "message": f"{x['ts']}\t{x['rid'][-36:]}\tINFO\tRequest: " + json.dumps(x["request"], ensure_ascii=False) + "\n",
                       "ingestionTime": ms + 40, "eventId": str(conv.r.getrandbits(60))})
            ev.append({"logStreamName": stream, "timestamp": ms + 120, "message": f"{x['ts']}\t{x['rid'][-36:]}\tINFO\tResponse: " + json.dumps(x["response"], ensure_ascii=False) + "\n",
                       "ingestionTime": ms + 160, "eventId": str(conv.r.getrandbits(60))})
        wjson(path, {"events": ev, "searchedLogStreams": []})
    elif shape == "har":
        ents = []
        url = rec.get("url", "https://skill.example-host.net/alexa")
        for x in T:
            rt = json.dumps(x["request"], ensure_ascii=False)
            st = json.dumps(x["response"], ensure_ascii=False)
            ents.append({"startedDateTime": x["ts"].replace("Z", ".000Z"), "time": conv.r.randint(30, 300),
                         "request": {"method": "POST", "url": url, "httpVersion": "HTTP/1.1",
                                     "headers": [{"name": "Content-Type", "value": "application/json; charset=utf-8"},
                                                 {"name": "Signature-256", "value": "REDACTED"},
                                                 {"name": "SignatureCertChainUrl", "value": "https://s3.amazonaws.com/echo.api/echo-api-cert-12.pem"}],
                                     "queryString": [], "cookies": [], "headersSize": -1, "bodySize": len(rt.encode()),
                                     "postData": {"mimeType": "application/json", "text": rt}},
                         "response": {"status": 200, "statusText": "OK", "httpVersion": "HTTP/1.1",
                                      "headers": [{"name": "Content-Type", "value": "application/json"}], "cookies": [],
                                      "content": {"size": len(st.encode()), "mimeType": "application/json", "text": st},
                                      "redirectURL": "", "headersSize": -1, "bodySize": len(st.encode())},
                         "cache": {}, "timings": {"send": 0, "wait": 50, "receive": 1}})
        wjson(path, {"log": {"version": "1.2", "creator": {"name": rec.get("creator", "mitmproxy har_dump"), "version": "10.1"}, "entries": ents}})
    elif shape == "transcript":
        lines = [f"# {rec.get('title', 'QA pass')} — {c['name']} ({conv.loc})"]
        for x in T:
            lines.append(f"[{x['ts']}] USER: {utter_of(x, c)}")
            rb = x["response"]["response"] if x["response"] else {}
            lines.append(f"[{x['ts']}] SKILL: {resp_speech(x['response'])}")
            if "reprompt" in rb:
                rp = rb["reprompt"]["outputSpeech"]
                lines.append(f"[{x['ts']}] REPROMPT: {rp.get('ssml') or rp.get('text')}")
            lines.append(f"[{x['ts']}] session_open={str(rb.get('shouldEndSession') is False).lower()}")
        wtext(path, "\n".join(lines) + "\n")
    # ---------- shapes not in the usual list
    elif shape == "postman-collection":
        items = []
        for i, x in enumerate(T):
            items.append({"name": f"{i+1:02d} {utter_of(x, c)}",
                          "request": {"method": "POST", "header": [{"key": "Content-Type", "value": "application/json"}],
                                      "body": {"mode": "raw", "raw": json.dumps(x["request"], ensure_ascii=False, indent=2),
                                               "options": {"raw": {"language": "json"}}},
                                      "url": {"raw": "{{skill_url}}", "host": ["{{skill_url}}"]}},
                          "response": [{"name": "saved " + x["ts"][:10], "status": "OK", "code": 200, "_postman_previewlanguage": "json",
                                        "header": [{"key": "Content-Type", "value": "application/json"}],
                                        "body": json.dumps(x["response"], ensure_ascii=False, indent=2)}]})
        wjson(path, {"info": {"_postman_id": uid(conv.r), "name": c["name"] + " – local endpoint",
                              "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
                     "item": items, "variable": [{"key": "skill_url", "value": "http://localhost:3000/alexa"}]})
    elif shape == "jest-snapshot":
        parts = ["// Jest Snapshot v1, https://goo.gl/fbAQLP\n"]
        for i, x in enumerate(T):
            body = json.dumps(x["response"], ensure_ascii=False, indent=2).replace("\\", "\\\\").replace("`", "\\`")
            parts.append(f"exports[`{c['name']} handlers {utter_of(x, c)} {i+1}`] = `\n{body}\n`;\n")
        wtext(path, "\n".join(parts))
        spec = [f"const {{ handler }} = require('../index');", "", f"describe('{c['name']} handlers', () => {{"]
        for i, x in enumerate(T):
            spec.append(f"  it('{utter_of(x, c)}', async () => {{")
            spec.append(f"    const event = {json.dumps(x['request'], ensure_ascii=False)};")
            spec.append("    expect(await handler(event, {})).toMatchSnapshot();")
            spec.append("  });")
        spec.append("});")
        wtext(os.path.join(os.path.dirname(os.path.dirname(path)), rec.get("spec", "handlers.test.js")), "\n".join(spec) + "\n")
    elif shape == "ipynb":
        cells = [{"cell_type": "markdown", "metadata": {}, "source": [f"# {rec.get('title', 'Endpoint smoke test')}\n", "Posting canned envelopes to the dev endpoint.\n"]},
                 {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [],
                  "source": ["import json, requests\n", "URL = 'http://127.0.0.1:5000/'\n", "def send(env):\n", "    r = requests.post(URL, json=env)\n", "    return r.json()\n"]}]
        for i, x in enumerate(T):
            cells.append({"cell_type": "code", "execution_count": i + 2, "metadata": {},
                          "source": [f"# {utter_of(x, c)}\n", "req = " + json.dumps(x["request"], ensure_ascii=False) + "\n", "send(req)"],
                          "outputs": [{"output_type": "execute_result", "execution_count": i + 2, "metadata": {},
                                       "data": {"text/plain": [json.dumps(x["response"], ensure_ascii=False, indent=1)],
                                                "application/json": x["response"]}}]})
        wjson(path, {"cells": cells, "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
                                                  "language_info": {"name": "python", "version": "3.11.6"}}, "nbformat": 4, "nbformat_minor": 5}, indent=1)
    elif shape == "csv-sheet":
        buf = io.StringIO()
        w = csv.writer(buf)
        w.writerow(["run_date", "session", "new_session", "user_said", "request_type", "intent", "slots", "output_speech", "reprompt",
                    "should_end_session", "tester", "notes"])
        sess_n = {}
        for x in T:
            sess_n.setdefault(x["sid"], len(sess_n) + 1)
            rq = x["request"]["request"]
            rb = x["response"]["response"] if x["response"] else {}
            rp = rb.get("reprompt", {}).get("outputSpeech", {})
            w.writerow([x["ts"][:10], sess_n[x["sid"]], "Y" if x["new"] else "", utter_of(x, c), rq["type"],
                        rq.get("intent", {}).get("name", ""),
                        json.dumps({k: v["value"] for k, v in rq.get("intent", {}).get("slots", {}).items()}, ensure_ascii=False) if rq.get("intent", {}).get("slots") else "",
                        resp_speech(x["response"]), rp.get("ssml") or rp.get("text") or "",
                        "" if "shouldEndSession" not in rb else str(rb["shouldEndSession"]).upper(), rec.get("tester", "qa"), ""])
        wtext(path, buf.getvalue())
    elif shape == "curl-trace":
        out = []
        for x in T:
            rt = json.dumps(x["request"], ensure_ascii=False)
            st = json.dumps(x["response"], ensure_ascii=False)
            out.append(f"$ curl -sv -X POST https://localhost:8443/ -H 'Content-Type: application/json' --data @{rec.get('fixture', 'fixtures')}/{x['rid'][-6:]}.json")
            out.append("*   Trying 127.0.0.1:8443...\n* Connected to localhost (127.0.0.1) port 8443 (#0)")
            out.append("> POST / HTTP/1.1\n> Host: localhost:8443\n> User-Agent: curl/8.4.0\n> Accept: */*\n> Content-Type: application/json")
            out.append(f"> Content-Length: {len(rt.encode())}\n>\n}} [{len(rt.encode())} bytes data]")
            out.append("# request body:\n" + rt)
            out.append(f"< HTTP/1.1 200 OK\n< Content-Type: application/json; charset=utf-8\n< Content-Length: {len(st.encode())}\n< Date: {x['t']:%a, %d %b %Y %H:%M:%S} GMT\n<")
            out.append(st)
            out.append("* Connection #0 to host localhost left intact\n")
        wtext(path, "\n".join(out))
    elif shape == "elastic-export":
        hits = []
        for x in T:
            for kind, obj in (("request", x["request"]), ("response", x["response"])):
                hits.append({"_index": "alexa-skill-logs-" + x["ts"][:7].replace("-", "."), "_id": hexid(conv.r, 20).lower(), "_score": None,
                             "_source": {"@timestamp": x["ts"], "log.level": "info", "service.name": c["id"][4:],
                                         "event.dataset": "lambda.skill", "message": f"{kind} envelope",
                                         "labels": {"direction": kind}, "alexa": {kind: obj}}})
        wjson(path, {"took": 12, "timed_out": False, "hits": {"total": {"value": len(hits), "relation": "eq"}, "hits": hits}})
    elif shape == "junit-xml":
        cases = []
        for i, x in enumerate(T):
            so = "REQUEST " + json.dumps(x["request"], ensure_ascii=False) + "\nRESPONSE " + json.dumps(x["response"], ensure_ascii=False)
            cases.append(f'    <testcase classname="e2e.{c["id"][4:].replace("-", "_")}" name="turn {i+1}: {escape(utter_of(x, c))}" time="0.{conv.r.randint(100,999)}">\n'
                         f'      <system-out><![CDATA[{so}]]></system-out>\n    </testcase>')
        wtext(path, f'<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="pytest" tests="{len(T)}" failures="0">\n  <testsuite name="e2e" tests="{len(T)}" failures="0" errors="0" timestamp="{T[0]["ts"][:-1]}">\n'
              + "\n".join(cases) + "\n  </testsuite>\n</testsuites>\n")
    else:
        raise ValueError(shape)


# ---------------------------------------------------------------- Google

def g_phrase(sample, slots, ex):
    out = sample
    for k in slots:
        out = out.replace("{" + k + "}", f"(${k} '{ex.get(k, 'x')}' auto=true)")
    return out


def render_google_project(c, cdir):
    import yaml
    plat, lang = c["plat"], c["loc"].split("-")[0]
    if plat == "gbuilder":
        ls = {"displayName": c["name"], "pronunciation": c["inv"], "fullDescription": c["desc"], "shortDescription": c["desc"][:80],
              "developerName": c.get("dev", "Studio"), "developerEmail": c.get("email", "dev@example.org")}
        if c.get("policy"):
            ls["privacyPolicyUrl"] = c["policy"]
        st = {"defaultLocale": lang, "localizedSettings": ls, "projectId": c["id"][4:] + "-" + hexid(rnd(c["id"], "p"), 6).lower(),
              "category": c.get("category", "GAMES_AND_TRIVIA"), "usesTransactionsApi": False, "usesDigitalPurchaseApi": False,
              "usesInteractiveCanvas": False, "designedForFamily": c.get("child", False)}
        wtext(os.path.join(cdir, "sdk/settings/settings.yaml"), yaml.safe_dump(st, allow_unicode=True, sort_keys=False))
        wtext(os.path.join(cdir, "sdk/manifest.yaml"), 'version: "1.0"\n')
        wtext(os.path.join(cdir, "sdk/actions/actions.yaml"), "actions:\n  actions.intent.MAIN:\n    handler:\n      webhookHandler: main\n    transitionToScene: " + c.get("scene", "Main") + "\n")
        handlers = ["main"]
        for it in c.get("intents", []):
            name, samples = it[0], it[1]
            slots = it[2] if len(it) > 2 else {}
            ex = it[3] if len(it) > 3 else {}
            d = {}
            if slots:
                d["parameters"] = [{"name": k, "type": {"name": {"AMAZON.SearchQuery": "anything", "AMAZON.NUMBER": "actions.type.Number"}.get(v, v)}} for k, v in slots.items()]
            d["trainingPhrases"] = [g_phrase(s, slots, ex) for s in samples]
            wtext(os.path.join(cdir, f"sdk/custom/intents/{name}.yaml"), yaml.safe_dump(d, allow_unicode=True, sort_keys=False))
            handlers.append("on_" + name)
        for t, vals in c.get("types", {}).items():
            d = {"freeText": {}} if vals == "FREE" else {"synonym": {"entities": {v.replace(" ", "_"): {"synonyms": [v]} for v in vals}}}
            wtext(os.path.join(cdir, f"sdk/custom/types/{t}.yaml"), yaml.safe_dump(d, allow_unicode=True, sort_keys=False))
        if any(v == "AMAZON.SearchQuery" for it in c.get("intents", []) for v in (it[2] if len(it) > 2 else {}).values()):
            wtext(os.path.join(cdir, "sdk/custom/types/anything.yaml"), "freeText: {}\n")
        scene = {"intentEvents": [{"intent": it[0], "handler": {"webhookHandler": "on_" + it[0]}} for it in c.get("intents", [])]}
        scene.update(c.get("scene_extra", {}))
        wtext(os.path.join(cdir, f"sdk/custom/scenes/{c.get('scene', 'Main')}.yaml"), yaml.safe_dump(scene, allow_unicode=True, sort_keys=False))
        wtext(os.path.join(cdir, "sdk/webhooks/ActionsOnGoogleFulfillment.yaml"),
              yaml.safe_dump({"handlers": [{"name": h} for h in handlers], "inlineCloudFunction": {"executeFunction": "ActionsOnGoogleFulfillment"}}, sort_keys=False))
    elif plat == "gsdk":
        acts = [{"description": "Default welcome", "name": "MAIN", "fulfillment": {"conversationName": c["id"][4:]},
                 "intent": {"name": "actions.intent.MAIN", "trigger": {"queryPatterns": [f"talk to {c['inv']}"]}}}]
        for it in c.get("intents", []):
            slots = it[2] if len(it) > 2 else {}
            acts.append({"description": it[0], "name": it[0], "fulfillment": {"conversationName": c["id"][4:]},
                         "intent": {"name": it[0], "parameters": [{"name": k, "type": {"AMAZON.SearchQuery": "SchemaOrg_Text", "AMAZON.NUMBER": "SchemaOrg_Number"}.get(v, v)} for k, v in slots.items()],
                                    "trigger": {"queryPatterns": [s.replace("{", "$" + "{").replace("}", "}") and _gsdk_pat(s, slots) for s in it[1]]}}})
        d = {"locale": lang, "actions": acts,
             "conversations": {c["id"][4:]: {"name": c["id"][4:], "url": c.get("url", "https://europe-west1-" + c["id"][4:] + ".cloudfunctions.net/fulfillment"),
                                              "fulfillmentApiVersion": 2}},
             "manifest": {"displayName": c["name"], "invocationName": c["inv"], "shortDescription": c["desc"][:80], "longDescription": c["desc"],
                          "category": c.get("category", "GAMES"), "privacyUrl": c.get("policy") or ""}}
        if not c.get("policy"):
            del d["manifest"]["privacyUrl"]
        wjson(os.path.join(cdir, "action.json"), d)
    elif plat == "dflow":
        ag = {"description": c["desc"], "language": lang, "shortDescription": "", "examples": "", "linkToDocs": "", "displayName": c["name"],
              "disableInteractionLogs": False, "disableStackdriverLogs": True,
              "googleAssistant": {"googleAssistantCompatible": True, "project": c["id"][4:], "welcomeIntentSignInRequired": False,
                                  "startIntents": [], "systemIntents": [], "endIntentIds": [], "oAuthLinking": {"required": False},
                                  "voiceType": "MALE_1", "capabilities": [], "env": "", "protocolVersion": "V2", "autoPreviewEnabled": False,
                                  "isDeviceAgent": False},
              "defaultTimezone": "Europe/Berlin", "webhook": {"url": c.get("url", "https://hooks.example.org/df"), "available": True,
                                                               "useForDomains": False, "cloudFunctionsEnabled": False, "cloudFunctionsInitialized": False},
              "isPrivate": True, "mlMinConfidence": 0.3, "supportedLanguages": [], "enableOnePlatformApi": True, "apiVersion": "v2"}
        wjson(os.path.join(cdir, "agent.json"), ag)
        wjson(os.path.join(cdir, "package.json"), {"version": "1.0.0"})
        its = [("Default Welcome Intent", []), ("Default Fallback Intent", [])] + list(c.get("intents", []))
        r = rnd(c["id"], "df")
        for it in its:
            name, samples = it[0], it[1]
            slots = it[2] if len(it) > 2 else {}
            ex = it[3] if len(it) > 3 else {}
            iid = uid(r)
            ev = [{"name": "WELCOME"}] if name == "Default Welcome Intent" else []
            wjson(os.path.join(cdir, f"intents/{name}.json"),
                  {"id": iid, "name": name, "auto": True, "contexts": [], "responses": [{"resetContexts": False, "action": "", "affectedContexts": [],
                   "parameters": [{"id": uid(r), "name": k, "required": False, "dataType": {"AMAZON.SearchQuery": "@sys.any"}.get(v, v), "value": "$" + k, "isList": False} for k, v in slots.items()],
                   "messages": [], "speech": []}], "priority": 500000, "webhookUsed": True, "webhookForSlotFilling": False,
                   "fallbackIntent": name == "Default Fallback Intent", "events": ev})
            if samples:
                us = []
                for s in samples:
                    data, rest = [], s
                    while "{" in rest:
                        pre, _, tail = rest.partition("{")
                        k, _, rest = tail.partition("}")
                        if pre:
                            data.append({"text": pre, "userDefined": False})
                        data.append({"text": ex.get(k, "x"), "alias": k, "meta": {"AMAZON.SearchQuery": "@sys.any"}.get(slots[k], slots[k]), "userDefined": True})
                    if rest:
                        data.append({"text": rest, "userDefined": False})
                    us.append({"id": uid(r), "data": data, "isTemplate": False, "count": 0, "lang": lang, "updated": 0})
                wjson(os.path.join(cdir, f"intents/{name}_usersays_{lang}.json"), us)
        for t, vals in c.get("types", {}).items():
            wjson(os.path.join(cdir, f"entities/{t}.json"), {"id": uid(r), "name": t, "isOverridable": True, "isEnum": False, "isRegexp": False, "automatedExpansion": False, "allowFuzzyExtraction": False})
            wjson(os.path.join(cdir, f"entities/{t}_entries_{lang}.json"), [{"value": v, "synonyms": [v]} for v in vals])


def _gsdk_pat(s, slots):
    for k, v in slots.items():
        s = s.replace("{" + k + "}", f"${{{'SchemaOrg_Text' if v == 'AMAZON.SearchQuery' else v}:{k}}}")
    return s


def render_google_rec(c, rec, cdir):
    r = rnd(c["id"], rec["path"])
    t = datetime.datetime.fromisoformat(rec.get("date", "2026-10-20T10:00:00"))
    plat, loc = c["plat"], c["loc"]
    pairs = []
    for sess in rec["sessions"]:
        sid = ("ABwppHF" + hexid(r, 40)) if plat != "dflow" else uid(r)
        conv_id = hexid(r, 24)
        for i, turn in enumerate(sess):
            utter, req, speech, rep, end = turn[:5]
            extra = turn[5] if len(turn) > 5 else {}
            t = t + datetime.timedelta(seconds=r.randint(4, 15))
            ts = t.strftime("%Y-%m-%dT%H:%M:%SZ")
            name, params = (req, {}) if isinstance(req, str) else req
            if plat == "gbuilder":
                main = name == "Launch"
                rq = {"handler": {"name": "main" if main else "on_" + name},
                      "intent": {"name": "actions.intent.MAIN" if main else name,
                                 "params": {k: {"original": v, "resolved": v} for k, v in params.items()}, "query": utter or f"Talk to {c['inv']}"},
                      "scene": {"name": "actions.scene.START_CONVERSATION" if main else c.get("scene", "Main"), "slotFillingStatus": "UNSPECIFIED", "slots": {}, "next": {"name": ""}},
                      "session": {"id": sid, "params": {}, "typeOverrides": [], "languageCode": ""},
                      "user": {"locale": loc, "params": {}, "accountLinkingStatus": "ACCOUNT_LINKING_STATUS_UNSPECIFIED", "verificationStatus": "VERIFIED",
                               "packageEntitlements": [], "permissions": [], "lastSeenTime": ts},
                      "home": {"params": {}}, "device": {"capabilities": ["SPEECH", "RICH_RESPONSE", "LONG_FORM_AUDIO"], "timeZone": {"id": "Europe/Paris", "version": ""}}}
                rs = {"session": {"id": sid, "params": {}}, "prompt": {"override": False, "firstSimple": {"speech": speech, "text": extra.get("text", speech)}},
                      "scene": {"name": c.get("scene", "Main"), "slots": {}, "next": {"name": extra.get("next") or ("actions.scene.END_CONVERSATION" if end else c.get("scene", "Main"))}}}
                if rep is not None:
                    rs["prompt"]["lastSimple"] = {"speech": rep, "text": rep}
            elif plat == "gsdk":
                main = name == "Launch"
                rq = {"user": {"locale": loc, "lastSeen": ts, "userVerificationStatus": "VERIFIED"},
                      "conversation": {"conversationId": conv_id, "type": "NEW" if i == 0 else "ACTIVE", "conversationToken": "[]"},
                      "inputs": [{"intent": "actions.intent.MAIN" if main else name,
                                  "rawInputs": [{"inputType": "VOICE", "query": utter or f"talk to {c['inv']}"}],
                                  "arguments": [{"name": k, "rawText": v, "textValue": v} for k, v in params.items()]}],
                      "surface": {"capabilities": [{"name": "actions.capability.AUDIO_OUTPUT"}, {"name": "actions.capability.MEDIA_RESPONSE_AUDIO"}]},
                      "isInSandbox": True, "availableSurfaces": []}
                if extra.get("granted"):
                    rq["user"]["profile"] = extra["granted"]
                rs = {"expectUserResponse": not end}
                if not end:
                    ei = {"expectedInputs": [{"inputPrompt": {"richInitialPrompt": {"items": [{"simpleResponse": {"textToSpeech": speech}}]}},
                                                  "possibleIntents": [{"intent": "actions.intent.TEXT"}]}]}
                    if rep is not None:
                        ei["expectedInputs"][0]["inputPrompt"]["noInputPrompts"] = [{"textToSpeech": rep}]
                    if extra.get("perm"):
                        ei["expectedInputs"][0]["possibleIntents"] = [{"intent": "actions.intent.PERMISSION", "inputValueData": {
                            "@type": "type.googleapis.com/google.actions.v2.PermissionValueSpec", "optContext": extra["perm"][1], "permissions": extra["perm"][0]}}]
                    rs.update(ei)
                    rs["conversationToken"] = "[]"
                else:
                    rs["finalResponse"] = {"richResponse": {"items": [{"simpleResponse": {"textToSpeech": speech}}]}}
            else:  # dflow
                main = name == "Launch"
                rq = {"responseId": uid(r) + "-" + hexid(r, 8).lower(), "session": f"projects/{c['id'][4:]}/agent/sessions/{sid}",
                      "queryResult": {"queryText": utter or "GOOGLE_ASSISTANT_WELCOME", "parameters": params, "allRequiredParamsPresent": True,
                                      "intent": {"name": f"projects/{c['id'][4:]}/agent/intents/{uid(r)}", "displayName": "Default Welcome Intent" if main else name},
                                      "intentDetectionConfidence": 1, "languageCode": loc.lower() if loc != "en-GB" else "en-gb"},
                      "originalDetectIntentRequest": {"source": "google", "version": "2", "payload": {
                          "user": {"locale": loc, "lastSeen": ts}, "conversation": {"conversationId": sid, "type": "NEW" if i == 0 else "ACTIVE"},
                          "inputs": [{"intent": "actions.intent.MAIN" if main else "actions.intent.TEXT", "rawInputs": [{"inputType": "VOICE", "query": utter or ""}]}],
                          "surface": {"capabilities": [{"name": "actions.capability.AUDIO_OUTPUT"}]}, "isInSandbox": True}}}
                g = {"expectUserResponse": not end, "richResponse": {"items": [{"simpleResponse": {"textToSpeech": speech}}]}}
                if rep is not None:
                    g["noInputPrompts"] = [{"textToSpeech": rep}]
                if extra.get("perm"):
                    g["systemIntent"] = {"intent": "actions.intent.PERMISSION", "data": {"@type": "type.googleapis.com/google.actions.v2.PermissionValueSpec",
                                                                                        "optContext": extra["perm"][1], "permissions": extra["perm"][0]}}
                rs = {"fulfillmentText": speech, "payload": {"google": g}}
            pairs.append((ts, rq, rs))
    path = os.path.join(cdir, rec["path"])
    lay = rec.get("layout", "files")
    if lay == "files":
        for i, (ts, rq, rs) in enumerate(pairs):
            wjson(os.path.join(path, f"turn{i+1}__req.json"), rq)
            wjson(os.path.join(path, f"turn{i+1}__res.json"), rs)
    elif lay == "jsonl":
        wtext(path, "".join(json.dumps({"timestamp": ts, "request": rq, "response": rs}, ensure_ascii=False) + "\n" for ts, rq, rs in pairs))
    elif lay == "array":
        wjson(path, [{"request": rq, "response": rs} for ts, rq, rs in pairs])


# ---------------------------------------------------------------- driver

def render_case(c, out_cases):
    cdir = os.path.join(out_cases, c["id"])
    if os.path.exists(cdir):
        shutil.rmtree(cdir)
    plat = c.get("plat", "alexa")
    if plat == "alexa":
        wjson(os.path.join(cdir, "skill-package/skill.json"), skill_json(c))
        for l in [c["loc"]] + c.get("extra_locales", []):
            wjson(os.path.join(cdir, f"skill-package/interactionModels/custom/{l}.json"), model_json(c, l))
        wjson(os.path.join(cdir, "ask-resources.json"), {"askcliResourcesVersion": "2020-03-31", "profiles": {"default": {
            "skillMetadata": {"src": "./skill-package"}, "code": {"default": {"src": "./lambda"}},
            "skillInfrastructure": {"type": "@ask-cli/lambda-deployer", "userConfig": {"runtime": "nodejs18.x", "handler": "index.handler"}}}}})
        for rec in c.get("recs", []):
            render_alexa_rec(c, rec, cdir)
    else:
        render_google_project(c, cdir)
        for rec in c.get("recs", []):
            render_google_rec(c, rec, cdir)
    for p, txt in c.get("files", {}).items():
        if isinstance(txt, (dict, list)):
            wjson(os.path.join(cdir, p), txt)
        else:
            wtext(os.path.join(cdir, p), txt)
