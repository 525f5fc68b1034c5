#!/usr/bin/env python3
"""Renderer for eval-skills8: turns the hand-written case descriptions in cases_*.py into
project folders under ../cases and writes ../labels.json.  Nothing here decides content: every
speech, sample, name and label is written by hand in the cases_*.py files."""
import csv, hashlib, io, json, os, random, shutil, sys, uuid
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
OUT = os.path.join(ROOT, "cases")

STD = ["AMAZON.CancelIntent", "AMAZON.HelpIntent", "AMAZON.StopIntent", "AMAZON.NavigateHomeIntent",
       "AMAZON.FallbackIntent"]


def hid(*parts, n=32):
    return hashlib.sha1("|".join(map(str, parts)).encode()).hexdigest()[:n]


def guid(*parts):
    h = hid(*parts)
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}"


def dump(path, obj):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        if isinstance(obj, str):
            f.write(obj)
        else:
            json.dump(obj, f, ensure_ascii=False, indent=2)
            f.write("\n")


def ydump(path, obj):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        yaml.safe_dump(obj, f, allow_unicode=True, sort_keys=False)


# ---------------------------------------------------------------- turns
class T:
    """One turn. i: intent name, or 'LaunchRequest' / 'SessionEndedRequest' / 'CanFulfill'.
    say/rp: speech text (SSML if it starts with <speak>), rp None = no reprompt.
    end: shouldEndSession (True/False/None=omitted)."""

    def __init__(self, u, i, say, rp=None, end=False, s=None, card=None, directives=None, perms=None,
                 gparams=None, gsys=None, gnoinput=None):
        self.u, self.i, self.say, self.rp, self.end = u, i, say, rp, end
        self.s = s or {}
        self.card, self.directives, self.perms = card, directives, perms
        self.gparams, self.gsys, self.gnoinput = gparams, gsys, gnoinput


def speech(x):
    if x is None:
        return None
    if x.startswith("<speak>"):
        return {"type": "SSML", "ssml": x}
    return {"type": "PlainText", "text": x}


def alexa_response(t, attrs=None):
    r = {}
    if t.say is not None:
        r["outputSpeech"] = speech(t.say)
    if t.card:
        r["card"] = t.card
    if t.rp is not None:
        r["reprompt"] = {"outputSpeech": speech(t.rp)}
    if t.directives:
        r["directives"] = t.directives
    if t.end is not None:
        r["shouldEndSession"] = t.end
    return {"version": "1.0", "sessionAttributes": attrs or {}, "userAgent": "ask-node/2.14.0 Node/v18.18.2",
            "response": r}


class Rec:
    """A recording session context: builds Alexa request envelopes for a list of turns with
    realistic session handling (new session after shouldEndSession true)."""

    def __init__(self, case, turns, date="2026-10-14T18:20:00Z", locale=None, tag="a"):
        self.case, self.turns, self.locale = case, turns, locale or case["locale"]
        self.date, self.tag = date, tag
        self.appid = "amzn1.ask.skill." + guid(case["id"], "app")
        self.user = "amzn1.ask.account.AF" + hid(case["id"], "user", n=40).upper()
        self.device = "amzn1.ask.device.AG" + hid(case["id"], "dev", n=40).upper()

    def ts(self, k):
        # date like 2026-10-14T18:20:00Z plus k*9 seconds
        from datetime import datetime, timedelta
        d = datetime.strptime(self.date, "%Y-%m-%dT%H:%M:%SZ") + timedelta(seconds=9 * k)
        return d.strftime("%Y-%m-%dT%H:%M:%SZ")

    def pairs(self):
        out, sess, new = [], None, True
        for k, t in enumerate(self.turns):
            if t.i == "LaunchRequest":
                new = True
            if new:
                sess = "amzn1.echo-api.session." + guid(self.case["id"], self.tag, "s", k)
            req = self.request(t, sess, new, k)
            res = alexa_response(t)
            out.append((t, req, res))
            new = bool(t.end) or t.i == "SessionEndedRequest"
        return out

    def request(self, t, sess, new, k):
        rid = "amzn1.echo-api.request." + guid(self.case["id"], self.tag, "r", k)
        sysctx = {"application": {"applicationId": self.appid},
                  "user": {"userId": self.user},
                  "device": {"deviceId": self.device,
                             "supportedInterfaces": {"AudioPlayer": {}} if self.case.get("audio") else {}},
                  "apiEndpoint": "https://api.eu.amazonalexa.com" if self.locale[:2] in ("de", "fr", "it", "es", "en") and self.locale != "en-US" else "https://api.amazonalexa.com",
                  "apiAccessToken": "eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiIsImtpZCI6IjEifQ.REDACTED"}
        if t.perms:
            sysctx["user"]["permissions"] = {"consentToken": "eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.REDACTED", "scopes": {p: {"status": "GRANTED"} for p in t.perms}}
        if t.i == "LaunchRequest":
            r = {"type": "LaunchRequest"}
        elif t.i == "SessionEndedRequest":
            r = {"type": "SessionEndedRequest", "reason": "USER_INITIATED"}
        elif t.i.startswith("Connections.Response"):
            r = {"type": "Connections.Response", "name": "AskFor", "status": {"code": "200", "message": "OK"},
                 "payload": {"permissionScope": t.s.get("scope", ""), "status": t.s.get("status", "ACCEPTED")}}
        else:
            slots = {n: {"name": n, "value": v, "confirmationStatus": "NONE", "source": "USER"} for n, v in t.s.items()}
            r = {"type": "IntentRequest", "intent": {"name": t.i, "confirmationStatus": "NONE", "slots": slots},
                 "dialogState": "STARTED" if False else None}
            r.pop("dialogState")
            if not slots:
                r["intent"].pop("slots")
        r.update({"requestId": rid, "locale": self.locale, "timestamp": self.ts(k)})
        # stable key order
        req = {"version": "1.0",
               "session": {"new": new, "sessionId": sess, "application": {"applicationId": self.appid},
                           "attributes": {}, "user": {"userId": self.user}},
               "context": {"System": sysctx},
               "request": {k2: r[k2] for k2 in ["type", "requestId", "locale", "timestamp"] + [x for x in r if x not in ("type", "requestId", "locale", "timestamp")]}}
        if new:
            req["session"].pop("attributes")
        return req


def plain(x):
    """What a human hears/reads: strip <speak> wrapper only (tags kept, as tools print them)."""
    if x is None:
        return ""
    return x


# ---------------------------------------------------------------- Alexa shapes
def w_envelope(rec, path, names=None):
    for n, (t, req, res) in enumerate(rec.pairs()):
        fn = (names[n] if names else f"{n + 1:02d}-{t.i.split('.')[-1].lower()}.json")
        dump(os.path.join(path, fn), res)


def w_pairs_jsonl(rec, path):
    lines = [json.dumps({"request": req, "response": res}, ensure_ascii=False) for t, req, res in rec.pairs()]
    dump(path, "\n".join(lines) + "\n")


def w_pairs_array(rec, path):
    dump(path, [{"request": req, "response": res} for t, req, res in rec.pairs()])


def w_smapi_sim(rec, path, single=False):
    items = []
    for n, (t, req, res) in enumerate(rec.pairs()):
        sid = guid(rec.case["id"], rec.tag, "sim", n)
        o = {"id": sid, "status": "SUCCESSFUL",
             "result": {"alexaExecutionInfo": {"alexaResponses": [
                 {"type": "Speech", "content": {"caption": strip_tags(t.say)}}] if t.say else [],
                 "consideredIntents": ([{"name": t.i, "confirmationStatus": "NONE",
                                         "slots": {k: {"name": k, "value": v, "confirmationStatus": "NONE"} for k, v in t.s.items()}}]
                                       if req["request"]["type"] == "IntentRequest" else [])},
                 "skillExecutionInfo": {"invocations": [{
                     "invocationRequest": {"endpoint": "arn:aws:lambda:us-east-1:4410" + hid(rec.case["id"], n=8, ) [:8] + ":function:" + rec.case["id"][4:],
                                           "body": req},
                     "invocationResponse": {"body": res},
                     "metrics": {"skillExecutionTimeInMilliseconds": 180 + 7 * n}}]},
                 "error": None}}
        if single:
            items.append({"utterance": t.u, **o})
        else:
            dump(os.path.join(path, f"sim-{n + 1:02d}-{slug(t.u)}.json"), o)
    if single:
        dump(path, items)


def w_smapi_inv(rec, path):
    for n, (t, req, res) in enumerate(rec.pairs()):
        o = {"id": guid(rec.case["id"], rec.tag, "inv", n), "status": "SUCCESSFUL",
             "result": {"skillExecutionInfo": {
                 "invocationRequest": {"endpoint": "arn:aws:lambda:eu-west-1:55" + hid(rec.case["id"], n=10) + ":function:" + rec.case["id"][4:], "body": req},
                 "invocationResponse": {"body": res},
                 "metrics": {"skillExecutionTimeInMilliseconds": 212 + n}}, "error": None}}
        dump(os.path.join(path, f"invoke_{n + 1}.json"), o)


def w_ask_dialog(rec, path, text_record=True):
    pr = rec.pairs()
    replay = {"skillId": rec.appid, "locale": rec.locale, "type": "text",
              "userInput": [t.u for t, _, _ in pr]}
    dump(os.path.join(path, "dialog-replay.json"), replay)
    if text_record:
        lines = []
        for t, req, res in pr:
            lines.append(f"User  > {t.u}")
            lines.append(f"Alexa > {strip_tags(t.say) if t.say is not None else ''}")
        dump(os.path.join(path, "dialog-record.txt"), "\n".join(lines) + "\n")
    else:
        dump(os.path.join(path, "dialog-output.json"),
             [{"utterance": t.u, "invocations": [{"invocationRequest": {"body": req}, "invocationResponse": {"body": res}}],
               "alexaResponses": [{"type": "Speech", "content": {"caption": strip_tags(t.say)}}] if t.say else []} for t, req, res in pr])


def strip_tags(s):
    import re
    if s is None:
        return ""
    return re.sub(r"<[^>]+>", "", s).strip()


def cw_lines(rec, py=False):
    out = []
    for n, (t, req, res) in enumerate(rec.pairs()):
        rid = guid(rec.case["id"], rec.tag, "lam", n)
        ts = rec.ts(n).replace("Z", ".412Z")
        if py:
            out.append(f"START RequestId: {rid} Version: $LATEST")
            out.append(f"[INFO]\t{ts}\t{rid}\tAlexa Request: {json.dumps(req, ensure_ascii=False)}")
            out.append(f"[INFO]\t{ts}\t{rid}\tAlexa Response: {json.dumps(res, ensure_ascii=False)}")
        else:
            out.append(f"START RequestId: {rid} Version: $LATEST")
            out.append(f"{ts}\t{rid}\tINFO\tRequest: {json.dumps(req, ensure_ascii=False)}")
            out.append(f"{ts}\t{rid}\tINFO\tResponse: {json.dumps(res, ensure_ascii=False)}")
        out.append(f"END RequestId: {rid}")
        out.append(f"REPORT RequestId: {rid}\tDuration: {41.3 + n:.2f} ms\tBilled Duration: {42 + n} ms\tMemory Size: 128 MB\tMax Memory Used: 79 MB")
    return out


def w_cw_text(rec, path, py=False):
    dump(path, "\n".join(cw_lines(rec, py)) + "\n")


def w_cw_json(rec, path):
    from datetime import datetime
    ev = []
    for n, line in enumerate(cw_lines(rec)):
        ev.append({"logStreamName": "2026/10/14/[$LATEST]" + hid(rec.case["id"], "stream"),
                   "timestamp": 1791000000000 + n * 1000, "message": line + "\n",
                   "ingestionTime": 1791000000400 + n * 1000, "eventId": str(37000000000000000000000000000000000000000000000000000000 + n)})
    dump(path, {"events": ev, "searchedLogStreams": []})


def w_har(rec, path, url="https://skill.example.net/alexa"):
    entries = []
    for n, (t, req, res) in enumerate(rec.pairs()):
        body = json.dumps(req, ensure_ascii=False)
        rb = json.dumps(res, ensure_ascii=False)
        entries.append({"startedDateTime": rec.ts(n).replace("Z", ".120Z"), "time": 120.5 + n,
                        "request": {"method": "POST", "url": url, "httpVersion": "HTTP/1.1",
                                    "headers": [{"name": "Content-Type", "value": "application/json; charset=utf-8"},
                                                {"name": "Signature-256", "value": "REDACTED"},
                                                {"name": "SignatureCertChainUrl", "value": "https://s3.amazonaws.com/echo.api/echo-api-cert-12.pem"}],
                                    "queryString": [], "cookies": [], "headersSize": -1, "bodySize": len(body.encode()),
                                    "postData": {"mimeType": "application/json; charset=utf-8", "text": body}},
                        "response": {"status": 200, "statusText": "OK", "httpVersion": "HTTP/1.1",
                                     "headers": [{"name": "Content-Type", "value": "application/json;charset=UTF-8"}],
                                     "cookies": [], "content": {"size": len(rb.encode()), "mimeType": "application/json", "text": rb},
                                     "redirectURL": "", "headersSize": -1, "bodySize": -1},
                        "cache": {}, "timings": {"send": 0.2, "wait": 118.0, "receive": 2.3}})
    dump(path, {"log": {"version": "1.2", "creator": {"name": "Charles Proxy", "version": "4.6.6"}, "pages": [], "entries": entries}})


def w_transcript(rec, path):
    lines = [f"# QA probe run {rec.date[:10]}  locale={rec.locale}"]
    for n, (t, req, res) in enumerate(rec.pairs()):
        ts = rec.ts(n)[11:19]
        lines.append(f"[{ts}] USER: {t.u}")
        lines.append(f"[{ts}] SKILL: {strip_tags(t.say)}")
        if t.rp is not None:
            lines.append(f"[{ts}] REPROMPT: {t.rp}")
        lines.append(f"[{ts}] session_open={'false' if t.end else 'true'}")
    dump(path, "\n".join(lines) + "\n")


# ---- shapes not in the brief's list
def w_postman(rec, path, url="https://{{skill_host}}/alexa"):
    items = []
    for n, (t, req, res) in enumerate(rec.pairs()):
        items.append({"name": f"{n + 1}. {t.u}",
                      "request": {"method": "POST", "header": [{"key": "Content-Type", "value": "application/json"}],
                                  "body": {"mode": "raw", "raw": json.dumps(req, ensure_ascii=False, indent=2),
                                           "options": {"raw": {"language": "json"}}},
                                  "url": {"raw": url, "host": ["{{skill_host}}"], "path": ["alexa"]}},
                      "response": [{"name": "saved " + rec.date[:10], "originalRequest": {"method": "POST", "url": {"raw": url}},
                                    "status": "OK", "code": 200, "_postman_previewlanguage": "json",
                                    "header": [{"key": "Content-Type", "value": "application/json"}],
                                    "body": json.dumps(res, ensure_ascii=False, indent=2)}]})
    dump(path, {"info": {"_postman_id": guid(rec.case["id"], "pm"), "name": rec.case["name"] + " – endpoint tests",
                         "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
                "item": items, "variable": [{"key": "skill_host", "value": "localhost:3000"}]})


def w_bespoken(rec, path):
    lines = ["---", "configuration:", f"  locale: {rec.locale}", "", "---", f"- test: recorded {rec.date[:10]}"]
    for t, req, res in rec.pairs():
        key = "LaunchRequest" if t.i == "LaunchRequest" else t.u.replace(":", " ")
        lines.append(f"- {key}:")
        lines.append(f"  - prompt: {json.dumps(t.say if t.say is not None else '', ensure_ascii=False)}")
        if t.rp is not None:
            lines.append(f"  - reprompt: {json.dumps(t.rp, ensure_ascii=False)}")
        if t.end is not None:
            lines.append(f"  - response.shouldEndSession: {'true' if t.end else 'false'}")
    dump(path, "\n".join(lines) + "\n")


def w_notebook(rec, path):
    cells = [{"cell_type": "markdown", "metadata": {}, "source": [f"# Endpoint check {rec.date[:10]}\n", "Posting recorded requests to the local handler.\n"]},
             {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [],
              "source": ["import json, requests\n", "URL = 'http://localhost:3000/alexa'\n", "def post(env):\n",
                         "    r = requests.post(URL, json=env)\n", "    return r.json()\n"]}]
    for n, (t, req, res) in enumerate(rec.pairs()):
        cells.append({"cell_type": "code", "execution_count": n + 2, "metadata": {},
                      "source": [f"# user: {t.u}\n", "req = json.loads(r\'\'\'" + json.dumps(req, ensure_ascii=False) + "\'\'\')\n", "post(req)"],
                      "outputs": [{"output_type": "execute_result", "execution_count": n + 2, "metadata": {},
                                   "data": {"text/plain": [repr(res)],
                                            "application/json": res}}]})
    dump(path, {"cells": cells, "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
                                              "language_info": {"name": "python", "version": "3.11.6"}},
                "nbformat": 4, "nbformat_minor": 5})


def w_csv(rec, path, sep=","):
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=sep)
    w.writerow(["tester", "date", "session", "utterance", "intent", "alexa_said", "reprompt", "shouldEndSession", "notes"])
    for n, (t, req, res) in enumerate(rec.pairs()):
        w.writerow([["mk", "jr", "ana", "tobi", "li"][len(rec.case["id"]) % 5], rec.ts(n), req["session"]["sessionId"][-12:], t.u, t.i, t.say or "", t.rp if t.rp is not None else "",
                    "" if t.end is None else str(t.end).upper(), ""])
    dump(path, buf.getvalue())


def w_elastic(rec, path):
    hits = []
    for n, (t, req, res) in enumerate(rec.pairs()):
        hits.append({"_index": "skill-logs-" + rec.date[:10].replace("-", "."), "_id": hid(rec.case["id"], rec.tag, n, n=20), "_score": None,
                     "_source": {"@timestamp": rec.ts(n), "service": {"name": rec.case["id"][4:]}, "log": {"level": "info"},
                                 "message": "handled " + (req["request"].get("intent", {}).get("name") or req["request"]["type"]),
                                 "alexa": {"request": req, "response": res}},
                     "sort": [n]})
    dump(path, {"took": 12, "timed_out": False, "hits": {"total": {"value": len(hits), "relation": "eq"}, "hits": hits}})


ALEXA_W = {"envelope": w_envelope, "pairs-jsonl": w_pairs_jsonl, "pairs-array": w_pairs_array,
           "smapi-simulation": w_smapi_sim, "smapi-invocation": w_smapi_inv, "ask-dialog": w_ask_dialog,
           "cloudwatch-text": w_cw_text, "cloudwatch-json": w_cw_json, "har": w_har, "transcript": w_transcript,
           "postman-collection": w_postman, "bespoken-yaml": w_bespoken, "jupyter-notebook": w_notebook,
           "csv-sheet": w_csv, "elastic-hits": w_elastic}


def slug(s):
    import re
    s = re.sub(r"[^a-z0-9]+", "-", (s or "").lower()).strip("-")
    return (s or "x")[:28]


# ---------------------------------------------------------------- Alexa project
def alexa_project(c):
    d = os.path.join(OUT, c["id"])
    locales = c.get("locales", [c["locale"]])
    pub = {}
    for loc in locales:
        opener = {"de": "Alexa, öffne {}", "es": "Alexa, abre {}", "fr": "Alexa, ouvre {}", "it": "Alexa, apri {}",
                  "ja": "アレクサ、{}を開いて", "pt": "Alexa, abrir {}"}.get(loc[:2], "Alexa, open {}")
        pub[loc] = {"summary": c["summary"], "examplePhrases": c.get("examples", [opener.format(c["inv"])]),
                    "keywords": c.get("keywords", []), "name": c["name"], "description": c.get("desc", c["summary"]),
                    "smallIconUri": "https://s3.amazonaws.com/CAPS-SSE/echo_developer/" + hid(c["id"], n=4) + "/APP_ICON?versionId=small",
                    "largeIconUri": "https://s3.amazonaws.com/CAPS-SSE/echo_developer/" + hid(c["id"], n=4) + "/APP_ICON_LARGE?versionId=large"}
    pc = {"allowsPurchases": False, "usesPersonalInfo": bool(c.get("usesPersonalInfo", False)),
          "isChildDirected": bool(c.get("kids", False)), "isExportCompliant": True, "containsAds": False}
    if c.get("policy"):
        pc["locales"] = {loc: {"privacyPolicyUrl": c["policy"], "termsOfUseUrl": c.get("terms", "")} for loc in locales}
        for loc in locales:
            if not pc["locales"][loc]["termsOfUseUrl"]:
                pc["locales"][loc].pop("termsOfUseUrl")
    man = {"manifest": {"publishingInformation": {"locales": pub, "isAvailableWorldwide": False,
                                                  "testingInstructions": c.get("testing", "No account linking. Open the skill and follow the prompts."),
                                                  "category": c.get("category", "GAMES"),
                                                  "distributionCountries": c.get("countries", [c["locale"][-2:]])},
                        "apis": {"custom": {"endpoint": {"uri": c.get("endpoint", "arn:aws:lambda:us-east-1:441000000000:function:" + c["id"][4:])},
                                            **({"interfaces": [{"type": "AUDIO_PLAYER"}]} if c.get("audio") else {})}},
                        "manifestVersion": "1.0", "privacyAndCompliance": pc}}
    if c.get("perms"):
        man["manifest"]["permissions"] = [{"name": p} for p in c["perms"]]
    if c.get("version"):
        man["manifest"]["publishingInformation"]["locales"][c["locale"]]["updatesDescription"] = c["version"]
    dump(os.path.join(d, c.get("pkg", "skill-package"), "skill.json"), man)
    for loc in locales:
        model = {"interactionModel": {"languageModel": {"invocationName": c.get("invs", {}).get(loc, c["inv"]),
                                                        "intents": [], "types": []}}}
        lm = model["interactionModel"]["languageModel"]
        for it in c.get("intents", []):
            name, slots, samples = it[0], it[1], it[2]
            lm["intents"].append({"name": name, "slots": [{"name": k, "type": v} for k, v in slots.items()], "samples": samples})
        have = {x["name"] for x in lm["intents"]}
        for s in STD:
            if s not in have and s not in c.get("omit_std", []):
                lm["intents"].append({"name": s, "samples": []})
        for tname, vals in c.get("types", {}).items():
            lm["types"].append({"name": tname, "values": [{"name": {"value": v}} for v in vals]})
        if c.get("dialog"):
            model["interactionModel"]["dialog"] = c["dialog"]
        dump(os.path.join(d, c.get("pkg", "skill-package"), "interactionModels", "custom", f"{loc}.json"), model)
    if c.get("pkg", "skill-package") == "skill-package":
        dump(os.path.join(d, "ask-resources.json"), {"askcliResourcesVersion": "2020-03-31", "profiles": {"default": {
            "skillMetadata": {"src": "./skill-package"}, "code": {"default": {"src": "./lambda"}},
            "skillInfrastructure": {"type": "@ask-cli/lambda-deployer", "userConfig": {"runtime": "nodejs18.x", "handler": "index.handler", "awsRegion": "us-east-1"}}}}})
    for fn, txt in c.get("files", {}).items():
        dump(os.path.join(d, fn), txt)


def write_recordings(c):
    d = os.path.join(OUT, c["id"])
    shapes = []
    for r in c.get("recs", []):
        shape, path, turns = r[0], r[1], r[2]
        opts = r[3] if len(r) > 3 else {}
        rec = Rec(c, turns, date=opts.pop("date", "2026-10-14T18:20:00Z"), locale=opts.pop("locale", None), tag=opts.pop("tag", path))
        fn = {**ALEXA_W, **GOOGLE_W}[shape]
        fn(rec, os.path.join(d, path), **opts)
        if shape not in shapes:
            shapes.append(shape)
    return shapes


# ---------------------------------------------------------------- Google
def g_locale(c):
    return c["locale"]


def w_gscene(rec, path):
    sess = "AB" + hid(rec.case["id"], rec.tag, "gs", n=44)
    for n, t in enumerate(rec.turns):
        req = {"handler": {"name": t.s.get("handler", "main")},
               "intent": {"name": t.i, "params": {k: {"original": v, "resolved": v} for k, v in (t.gparams or {}).items()}, "query": t.u},
               "scene": {"name": t.s.get("scene", "Main"), "slotFillingStatus": "UNSPECIFIED", "slots": {}, "next": {"name": ""}},
               "session": {"id": sess, "params": {}, "typeOverrides": [], "languageCode": ""},
               "user": {"locale": rec.locale, "params": {}, "accountLinkingStatus": "ACCOUNT_LINKING_STATUS_UNSPECIFIED",
                        "verificationStatus": "VERIFIED", "packageEntitlements": [], "permissions": t.perms or [], "lastSeenTime": rec.ts(n)},
               "home": {"params": {}}, "device": {"capabilities": ["SPEECH", "RICH_RESPONSE", "LONG_FORM_AUDIO"]}}
        res = {"session": {"id": sess, "params": {}},
               "prompt": {"override": False, "firstSimple": {"speech": t.say or "", "text": strip_tags(t.say)}},
               "scene": {"name": t.s.get("scene", "Main"), "slots": {},
                         "next": {"name": "actions.scene.END_CONVERSATION" if t.end else t.s.get("next", t.s.get("scene", "Main"))}}}
        if t.gsys:
            res["scene"]["slots"] = t.gsys
        dump(os.path.join(path, f"{n + 1:02d}_request.json"), req)
        dump(os.path.join(path, f"{n + 1:02d}_response.json"), res)


def g_conv_req(rec, t, n, conv, first):
    return {"user": {"userId": "ABwpp" + hid(rec.case["id"], "gu", n=30), "locale": rec.locale, "lastSeen": rec.ts(n), "userVerificationStatus": "VERIFIED",
                     **({"profile": t.s["profile"]} if "profile" in t.s else {})},
            "conversation": {"conversationId": conv, "type": "NEW" if first else "ACTIVE", **({} if first else {"conversationToken": "[]"})},
            "inputs": [{"intent": t.i, "rawInputs": [{"inputType": "VOICE", "query": t.u}],
                        **({"arguments": [{"name": k, "rawText": str(v), "textValue": str(v)} for k, v in (t.gparams or {}).items()]} if t.gparams else {})}],
            "surface": {"capabilities": [{"name": "actions.capability.AUDIO_OUTPUT"}, {"name": "actions.capability.MEDIA_RESPONSE_AUDIO"}]},
            "isInSandbox": False, "availableSurfaces": []}


def g_conv_res(t):
    if t.end:
        return {"expectUserResponse": False, "finalResponse": {"richResponse": {"items": [{"simpleResponse": {"textToSpeech": t.say or ""}}]}}}
    ip = {"richInitialPrompt": {"items": [{"simpleResponse": {"textToSpeech": t.say or "", "displayText": strip_tags(t.say)}}]}}
    if t.gnoinput is not None:
        ip["noInputPrompts"] = [{"textToSpeech": x} for x in t.gnoinput]
    pi = [{"intent": "actions.intent.TEXT"}]
    if t.gsys:
        pi = [t.gsys]
    return {"expectUserResponse": True, "expectedInputs": [{"inputPrompt": ip, "possibleIntents": pi, "speechBiasingHints": []}],
            "conversationToken": "{\"state\":null,\"data\":{}}"}


def w_gconv(rec, path):
    conv = str(int(hid(rec.case["id"], rec.tag, n=12), 16))[:15]
    lines = []
    first = True
    for n, t in enumerate(rec.turns):
        lines.append(json.dumps({"request": g_conv_req(rec, t, n, conv, first), "response": g_conv_res(t)}, ensure_ascii=False))
        first = False
        if t.end:
            first = True
            conv = str(int(conv) + 7)
    dump(path, "\n".join(lines) + "\n")


def w_dfwebhook(rec, path):
    proj = rec.case["id"][4:] + "-" + hid(rec.case["id"], n=5)
    sess = str(int(hid(rec.case["id"], rec.tag, n=12), 16))[:15]
    for n, t in enumerate(rec.turns):
        req = {"responseId": guid(rec.case["id"], rec.tag, n) + "-" + hid(n, n=8),
               "queryResult": {"queryText": t.u, "parameters": t.gparams or {}, "allRequiredParamsPresent": True,
                               "intent": {"name": f"projects/{proj}/agent/intents/{guid(rec.case['id'], t.i)}", "displayName": t.i},
                               "intentDetectionConfidence": 1, "languageCode": rec.locale[:2]},
               "originalDetectIntentRequest": {"source": "google", "version": "2", "payload": g_conv_req(rec, t, n, sess, n == 0)},
               "session": f"projects/{proj}/agent/sessions/{sess}"}
        g = {"expectUserResponse": not t.end, "richResponse": {"items": [{"simpleResponse": {"textToSpeech": t.say or ""}}]}}
        if t.gnoinput is not None:
            g["noInputPrompts"] = [{"textToSpeech": x} for x in t.gnoinput]
        if t.gsys:
            g["systemIntent"] = t.gsys
        res = {"fulfillmentText": strip_tags(t.say), "payload": {"google": g}}
        dump(os.path.join(path, f"{n + 1:02d}-request.json"), req)
        dump(os.path.join(path, f"{n + 1:02d}-response.json"), res)


def w_gcsv(rec, path):
    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow(["run", "turn", "user_query", "matched_intent", "assistant_speech", "expect_user_response", "no_input_prompt"])
    for n, t in enumerate(rec.turns):
        w.writerow([rec.date[:10], n + 1, t.u, t.i, t.say or "", "false" if t.end else "true", " | ".join(t.gnoinput or [])])
    dump(path, buf.getvalue())


GOOGLE_W = {"gactions-scene": w_gscene, "gactions-conversation": w_gconv, "dialogflow-webhook": w_dfwebhook, "csv-sheet-google": w_gcsv}


def builder_project(c):
    d = os.path.join(OUT, c["id"], "sdk")
    ls = {"displayName": c["name"], "pronunciation": c["inv"], "shortDescription": c["summary"], "fullDescription": c.get("desc", c["summary"]),
          "developerName": c.get("dev", "Indie Voice Labs"), "developerEmail": c.get("email", "dev@example.org")}
    if c.get("policy"):
        ls["privacyPolicyUrl"] = c["policy"]
    ls["termsOfServiceUrl"] = c.get("terms", "")
    ydump(os.path.join(d, "settings", "settings.yaml"),
          {"defaultLocale": c["locale"][:2], "localizedSettings": ls, "projectId": c["id"][4:] + "-" + hid(c["id"], n=6),
           "category": c.get("category", "GAMES_AND_TRIVIA"), "usesTransactionsApi": False, "usesDigitalPurchaseApi": False,
           "usesInteractiveCanvas": False, "designedForFamily": bool(c.get("kids"))})
    ydump(os.path.join(d, "manifest.yaml"), {"version": "1.0"})
    ydump(os.path.join(d, "actions", "actions.yaml"), {"actions": {"actions.intent.MAIN": {"handler": {"webhookHandler": "main"}}}})
    for it in c.get("intents", []):
        name, slots, samples = it
        ydump(os.path.join(d, "custom", "intents", f"{name}.yaml"),
              {**({"parameters": [{"name": k, "type": {"name": v}} for k, v in slots.items()]} if slots else {}), "trainingPhrases": samples})
    for tname, tv in c.get("types", {}).items():
        ydump(os.path.join(d, "custom", "types", f"{tname}.yaml"), tv)
    for sname, sv in c.get("scenes", {}).items():
        ydump(os.path.join(d, "custom", "scenes", f"{sname}.yaml"), sv)
    ydump(os.path.join(d, "webhooks", "ActionsOnGoogleFulfillment.yaml"),
          {"handlers": [{"name": h} for h in c.get("handlers", ["main"])], "inlineCloudFunction": {"executeFunction": "ActionsOnGoogleFulfillment"}})
    for fn, txt in c.get("files", {}).items():
        dump(os.path.join(OUT, c["id"], fn), txt)


def sdk2_project(c):
    d = os.path.join(OUT, c["id"])
    acts = [{"description": "Default Welcome Intent", "name": "MAIN", "fulfillment": {"conversationName": "main"},
             "intent": {"name": "actions.intent.MAIN", "trigger": {"queryPatterns": c.get("examples", [c["inv"]])}}}]
    for it in c.get("intents", []):
        name, slots, samples = it
        acts.append({"description": name, "name": name, "fulfillment": {"conversationName": "main"},
                     "intent": {"name": name, "parameters": [{"name": k, "type": v} for k, v in slots.items()],
                                "trigger": {"queryPatterns": samples}}})
    a = {"actions": acts, "conversations": {"main": {"name": "main", "url": c.get("endpoint", "https://europe-west1-" + c["id"][4:] + ".cloudfunctions.net/fulfillment"), "fulfillmentApiVersion": 2}},
         "locale": c["locale"][:2]}
    if c.get("types"):
        a["types"] = [{"name": k, "entities": [{"key": v, "synonyms": [v]} for v in vals]} for k, vals in c["types"].items()]
    dump(os.path.join(d, "action.json"), a)
    man = {"displayName": c["name"], "invocationName": c["inv"], "shortDescription": c["summary"], "category": c.get("category", "GAMES_AND_TRIVIA")}
    if c.get("policy"):
        man["privacyPolicyUrl"] = c["policy"]
    dump(os.path.join(d, "actions-manifest.json"), man)
    for fn, txt in c.get("files", {}).items():
        dump(os.path.join(d, fn), txt)


def df_project(c):
    d = os.path.join(OUT, c["id"])
    lang = c["locale"][:2]
    dump(os.path.join(d, "agent.json"), {"description": c.get("desc", c["summary"]), "displayName": c["name"], "language": lang,
                                         "shortDescription": c["summary"], "googleAssistant": {"googleAssistantCompatible": True, "project": c["id"][4:],
                                         "welcomeIntentSignInRequired": False, "systemIntents": [], "oAuthLinking": {"required": False},
                                         "voiceType": "FEMALE_1", "protocolVersion": "V2", "isDeviceAgent": False},
                                         "defaultTimezone": c.get("tz", "Europe/Madrid"),
                                         "webhook": {"url": c.get("endpoint", "https://" + c["id"][4:] + ".example.com/df"), "available": True},
                                         "isPrivate": True, "supportedLanguages": [], "privacyPolicyUrl": c.get("policy", "")})
    for it in c.get("intents", []):
        name, slots, samples = it
        dump(os.path.join(d, "intents", f"{name}.json"),
             {"id": guid(c["id"], name), "name": name, "auto": True, "contexts": [],
              "responses": [{"resetContexts": False, "action": name, "affectedContexts": [],
                             "parameters": [{"id": guid(c["id"], name, k), "required": False, "dataType": v, "name": k, "value": "$" + k, "isList": False} for k, v in slots.items()],
                             "messages": [{"type": 0, "lang": lang, "speech": []}], "speech": []}],
              "priority": 500000, "webhookUsed": True, "fallbackIntent": False, "events": []})
        us = []
        for smp in samples:
            data = []
            # sample syntax: text with {param} markers; param example value taken from slots example dict
            import re
            parts = re.split(r"(\{[^}]+\})", smp)
            for p in parts:
                if not p:
                    continue
                if p.startswith("{"):
                    k, _, ex = p[1:-1].partition("=")
                    data.append({"text": ex or k, "alias": k, "meta": slots[k], "userDefined": True})
                else:
                    data.append({"text": p, "userDefined": False})
            us.append({"id": guid(c["id"], name, smp), "data": data, "isTemplate": False, "count": 0, "lang": lang, "updated": 0})
        dump(os.path.join(d, "intents", f"{name}_usersays_{lang}.json"), us)
    for tname, vals in c.get("types", {}).items():
        dump(os.path.join(d, "entities", f"{tname}.json"), {"id": guid(c["id"], tname), "name": tname, "isOverridable": True, "isEnum": False, "automatedExpansion": False})
        dump(os.path.join(d, "entities", f"{tname}_entries_{lang}.json"), [{"value": v, "synonyms": [v]} for v in vals])
    dump(os.path.join(d, "package.json"), {"version": "1.0.0"})
    for fn, txt in c.get("files", {}).items():
        dump(os.path.join(d, fn), txt)


# ---------------------------------------------------------------- main
def main():
    sys.path.insert(0, HERE)
    cases = []
    for m in sorted(f for f in os.listdir(HERE) if f.startswith("cases_") and f.endswith(".py")):
        mod = __import__(m[:-3])
        cases.extend(mod.CASES)
    ids = [c["id"] for c in cases]
    assert len(ids) == len(set(ids)), [i for i in ids if ids.count(i) > 1]
    if os.path.exists(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)
    labels = {}
    for c in cases:
        plat = c.get("platform", "alexa")
        {"alexa": alexa_project, "builder": builder_project, "sdk2": sdk2_project, "dialogflow": df_project}[plat](c)
        shapes = write_recordings(c)
        shapes = [("csv-sheet" if s == "csv-sheet-google" else s) for s in shapes] + c.get("extra_shapes", [])
        labels[c["id"]] = {"categories": sorted(c["cats"]), "locale": c["locale"], "shapes": shapes, "why": c["why"]}
    labels = dict(sorted(labels.items()))
    dump(os.path.join(ROOT, "labels.json"), labels)
    print(len(labels), "cases")


if __name__ == "__main__":
    main()
