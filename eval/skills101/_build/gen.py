#!/usr/bin/env python3
"""Generator for eval-skills101: writes cases/ and labels.json from the hand-written case
definitions in cases_*.py (this folder). usage: python3 _build/gen.py"""
import csv, hashlib, io, json, os, shutil, sys, uuid

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

BUILTINS = ["AMAZON.CancelIntent", "AMAZON.HelpIntent", "AMAZON.StopIntent", "AMAZON.NavigateHomeIntent", "AMAZON.FallbackIntent"]


def hid(*parts, n=32):
    return hashlib.sha1("|".join(map(str, parts)).encode()).hexdigest()[:n]


def uid(*parts):
    h = hid(*parts)
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}"


def dump(path, obj, indent=2):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        if isinstance(obj, str):
            f.write(obj)
        else:
            json.dump(obj, f, ensure_ascii=False, indent=indent)
            f.write("\n")


# ---------------------------------------------------------------- turns
def T(req, say=None, rep=None, end=False, u=None, audio=None, card=None, perms_card=None, ts=None):
    """one request/response turn. req: 'launch' | 'Intent' | ('Intent', {slot: value}) | 'ended'.
    say / rep: plain text or '<speak>…</speak>' SSML. end: shouldEndSession (None = omitted)."""
    return dict(req=req, say=say, rep=rep, end=end, u=u, audio=audio, card=card, perms_card=perms_card, ts=ts)


def ssml(x):
    if x is None:
        return None
    if x.strip().startswith("<speak>"):
        return {"type": "SSML", "ssml": x}
    return {"type": "SSML", "ssml": f"<speak>{x}</speak>"}


def response_env(t):
    r = {}
    if t["say"] is not None:
        r["outputSpeech"] = ssml(t["say"])
    if t["card"]:
        r["card"] = {"type": "Simple", "title": t["card"][0], "content": t["card"][1]}
    if t["perms_card"]:
        r["card"] = {"type": "AskForPermissionsConsent", "permissions": t["perms_card"]}
    if t["rep"] is not None:
        r["reprompt"] = {"outputSpeech": ssml(t["rep"])}
    if t["audio"]:
        r["directives"] = [{"type": "AudioPlayer.Play", "playBehavior": "REPLACE_ALL",
                            "audioItem": {"stream": {"url": t["audio"], "token": hid(t["audio"], n=12), "offsetInMilliseconds": 0}}}]
    if t["end"] is not None:
        r["shouldEndSession"] = t["end"]
    return {"version": "1.0", "sessionAttributes": {}, "userAgent": "ask-node/2.14.0 Node/v18.19.0", "response": r}


class Conv:
    """A recorded series of turns against one skill; assigns session ids/timestamps."""

    def __init__(self, case, locale, turns, day="2025-05-14", tag="a", start_sec=0):
        self.case, self.locale, self.turns = case, locale, turns
        self.skill_id = "amzn1.ask.skill." + uid(case, "skill")
        self.user = "amzn1.ask.account.AF" + hid(case, "user", n=40).upper()
        self.device = "amzn1.ask.device.AG" + hid(case, "dev", n=40).upper()
        self.items = []
        sess, new, n = None, True, 0
        for i, t in enumerate(turns):
            if sess is None:
                n += 1
                sess = "amzn1.echo-api.session." + uid(case, tag, "s", n)
                new = True
            sec = start_sec + i * 7
            ts = t["ts"] or f"{day}T{19 + sec // 3600:02d}:{(sec // 60) % 60:02d}:{sec % 60:02d}Z"
            req = self.request(t, sess, new, ts, tag, i)
            resp = None if t["req"] == "ended" else response_env(t)
            self.items.append(dict(t=t, request=req, response=resp, ts=ts, sid=sess, rid=req["request"]["requestId"]))
            new = False
            if t["end"] is True or t["req"] == "ended":
                sess = None

    def request(self, t, sess, new, ts, tag, i):
        rid = "amzn1.echo-api.request." + uid(self.case, tag, "r", i)
        q = t["req"]
        if q == "launch":
            r = {"type": "LaunchRequest", "requestId": rid, "locale": self.locale, "timestamp": ts}
        elif q == "ended":
            r = {"type": "SessionEndedRequest", "requestId": rid, "locale": self.locale, "timestamp": ts, "reason": "USER_INITIATED"}
        else:
            name, slots = (q, {}) if isinstance(q, str) else q
            r = {"type": "IntentRequest", "requestId": rid, "locale": self.locale, "timestamp": ts, "dialogState": "COMPLETED" if slots else None,
                 "intent": {"name": name, "confirmationStatus": "NONE",
                            "slots": {k: {"name": k, "value": v, "confirmationStatus": "NONE"} for k, v in slots.items()}}}
            if r["dialogState"] is None:
                del r["dialogState"]
        app = {"applicationId": self.skill_id}
        return {"version": "1.0",
                "session": {"new": new, "sessionId": sess, "application": app, "attributes": {}, "user": {"userId": self.user}},
                "context": {"System": {"application": app, "user": {"userId": self.user},
                                       "device": {"deviceId": self.device, "supportedInterfaces": {"AudioPlayer": {}}},
                                       "apiEndpoint": API_ENDPOINT.get(self.locale, "https://api.amazonalexa.com"),
                                       "apiAccessToken": "eyJ0eXAiOiJKV1QiLCJraWQiOiIxIiwiYWxnIjoiUlMyNTYifQ.REDACTED"}},
                "request": r}

    samples, inv = {}, "skill"

    def utter(self, it):
        t = it["t"]
        if t["u"]:
            return t["u"]
        q = t["req"]
        lang = self.locale.split("-")[0]
        if q == "launch":
            return OPEN[lang] + " " + self.inv
        if q == "ended":
            return "(session ended)"
        name, slots = (q, {}) if isinstance(q, str) else q
        if name in BUILTIN_WORDS:
            return BUILTIN_WORDS[name][lang]
        cands = self.samples.get(name, [])
        best = None
        for smp in cands:
            if all("{" + sl + "}" in smp for sl in slots) and (slots or "{" not in smp):
                best = smp
                break
        best = best or (cands[0] if cands else name)
        for sl, v in slots.items():
            best = best.replace("{" + sl + "}", v)
        return best


API_ENDPOINT = {"en-AU": "https://api.fe.amazonalexa.com", "de-DE": "https://api.eu.amazonalexa.com", "fr-FR": "https://api.eu.amazonalexa.com",
                "it-IT": "https://api.eu.amazonalexa.com", "es-ES": "https://api.eu.amazonalexa.com"}


def epoch_ms(ts):
    import datetime
    return int(datetime.datetime.strptime(ts, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=datetime.timezone.utc).timestamp() * 1000)


OPEN = {"en": "open", "fr": "ouvre", "de": "öffne", "es": "abre", "it": "apri"}
BUILTIN_WORDS = {
    "AMAZON.StopIntent": {"en": "stop", "fr": "arrête", "de": "stopp", "es": "detente", "it": "stop"},
    "AMAZON.CancelIntent": {"en": "cancel", "fr": "annule", "de": "abbrechen", "es": "cancela", "it": "annulla"},
    "AMAZON.HelpIntent": {"en": "help", "fr": "aide", "de": "hilfe", "es": "ayuda", "it": "aiuto"},
    "AMAZON.YesIntent": {"en": "yes", "fr": "oui", "de": "ja", "es": "sí", "it": "sì"},
    "AMAZON.NoIntent": {"en": "no", "fr": "non", "de": "nein", "es": "no", "it": "no"},
    "AMAZON.FallbackIntent": {"en": "hmm", "fr": "hmm", "de": "hm", "es": "mmm", "it": "mmm"},
    "AMAZON.PauseIntent": {"en": "pause", "fr": "pause", "de": "pause", "es": "pausa", "it": "pausa"},
}


def speech_text(x):
    import re
    if x is None:
        return ""
    return re.sub(r"^<speak>|</speak>$", "", x.strip())


# ---------------------------------------------------------------- Alexa recording shapes
def w_envelope(d, c, sub):
    for i, it in enumerate(x for x in c.items if x["response"]):
        dump(f"{d}/{sub}/response-{i + 1:02d}.json", it["response"])


def w_pairs_jsonl(d, c, sub):
    lines = [json.dumps({"request": it["request"], "response": it["response"]}, ensure_ascii=False) for it in c.items if it["response"]]
    dump(f"{d}/{sub}", "\n".join(lines) + "\n")


def w_pairs_array(d, c, sub):
    dump(f"{d}/{sub}", [{"request": it["request"], "response": it["response"]} for it in c.items if it["response"]])


def w_smapi_sim(d, c, sub):
    for i, it in enumerate(x for x in c.items if x["response"]):
        dump(f"{d}/{sub}/sim-{i + 1:02d}.json", {
            "id": uid(c.case, "sim", i), "status": "SUCCESSFUL",
            "result": {"alexaExecutionInfo": {"alexaResponses": [{"type": "Speech", "content": {"caption": speech_text((it["t"]["say"] or ""))}}],
                                              "consideredIntents": []},
                       "skillExecutionInfo": {"invocations": [{"invocationRequest": {"endpoint": f"arn:aws:lambda:us-east-1:123456789012:function:{c.case[7:]}", "body": it["request"]},
                                                                "invocationResponse": {"body": it["response"]},
                                                                "metrics": {"skillExecutionTimeInMilliseconds": 180 + i}}]},
                       "error": None}})


def w_smapi_inv(d, c, sub):
    for i, it in enumerate(x for x in c.items if x["response"]):
        dump(f"{d}/{sub}/invoke-{i + 1:02d}.json", {
            "id": uid(c.case, "inv", i), "status": "SUCCESSFUL",
            "result": {"skillExecutionInfo": {"invocationRequest": {"endpoint": f"arn:aws:lambda:us-east-1:123456789012:function:{c.case[7:]}", "body": it["request"]},
                                              "invocationResponse": {"body": it["response"]},
                                              "metrics": {"skillExecutionTimeInMilliseconds": 95 + i}},
                       "error": None}})


def w_ask_dialog(d, c, sub, text_record=False):
    ui = [c.utter(it) for it in c.items if it["response"]]
    dump(f"{d}/{sub}/replay.json", {"skillId": c.skill_id, "locale": c.locale, "type": "text", "userInput": ui})
    if text_record:
        lines = []
        for it in c.items:
            if not it["response"]:
                continue
            lines.append(f"User  > {c.utter(it)}")
            lines.append(f"Alexa > {speech_text(it['t']['say'])}")
            if it["t"]["rep"] is not None:
                lines.append(f"        (reprompt) {speech_text(it['t']['rep'])!r}")
            lines.append(f"        (shouldEndSession: {str(it['t']['end']).lower()})")
        dump(f"{d}/{sub}/dialog-output.txt", "\n".join(lines) + "\n")
    else:
        dump(f"{d}/{sub}/dialog-output.json", [{"utterance": c.utter(it), "invocations": [{"request": it["request"], "response": it["response"]}]}
                                               for it in c.items if it["response"]])


def w_cw_text(d, c, sub, py=False, kw=("Request: ", "Response: ")):
    out = []
    for i, it in enumerate(c.items):
        rid = uid(c.case, "lambda", i)
        ts = it["ts"].replace("Z", ".412Z")
        out.append(f"START RequestId: {rid} Version: $LATEST")
        tag = "[INFO]\t" if py else ""
        lvl = "" if py else "INFO\t"
        out.append(f"{tag}{ts}\t{rid}\t{lvl}{kw[0]}{json.dumps(it['request'], ensure_ascii=False)}")
        if it["response"]:
            out.append(f"{tag}{ts}\t{rid}\t{lvl}{kw[1]}{json.dumps(it['response'], ensure_ascii=False)}")
        out.append(f"END RequestId: {rid}")
        out.append(f"REPORT RequestId: {rid}\tDuration: {41.2 + i:.2f} ms\tBilled Duration: {42 + i} ms\tMemory Size: 256 MB\tMax Memory Used: 88 MB")
    dump(f"{d}/{sub}", "\n".join(out) + "\n")


def w_cw_json(d, c, sub):
    ev = []
    base = 1747249200000
    for i, it in enumerate(c.items):
        rid = uid(c.case, "lambda", i)
        base = epoch_ms(it["ts"]) - i * 7000
        ev.append({"logStreamName": it["ts"][:10].replace("-", "/") + "/[$LATEST]" + hid(c.case, n=32), "timestamp": base + i * 7000,
                   "message": f"{it['ts']}\t{rid}\tINFO\tRequest: {json.dumps(it['request'], ensure_ascii=False)}\n", "ingestionTime": base + i * 7000 + 40, "eventId": hid(c.case, i, "q", n=56)})
        if it["response"]:
            ev.append({"logStreamName": it["ts"][:10].replace("-", "/") + "/[$LATEST]" + hid(c.case, n=32), "timestamp": base + i * 7000 + 90,
                       "message": f"{it['ts']}\t{rid}\tINFO\tResponse: {json.dumps(it['response'], ensure_ascii=False)}\n", "ingestionTime": base + i * 7000 + 130, "eventId": hid(c.case, i, "p", n=56)})
    dump(f"{d}/{sub}", {"events": ev, "searchedLogStreams": []})


def w_har(d, c, sub):
    ents = []
    for it in c.items:
        body = json.dumps(it["request"], ensure_ascii=False)
        rb = json.dumps(it["response"], ensure_ascii=False) if it["response"] else ""
        ents.append({"startedDateTime": it["ts"].replace("Z", ".120Z"), "time": 131.5,
                     "request": {"method": "POST", "url": f"https://{c.case[7:]}.fly.dev/alexa", "httpVersion": "HTTP/1.1",
                                 "headers": [{"name": "Content-Type", "value": "application/json; charset=utf-8"},
                                             {"name": "SignatureCertChainUrl", "value": "https://s3.amazonaws.com/echo.api/echo-api-cert-12.pem"}],
                                 "queryString": [], "cookies": [], "headersSize": -1, "bodySize": len(body.encode()),
                                 "postData": {"mimeType": "application/json; charset=utf-8", "text": body}},
                     "response": {"status": 200, "statusText": "OK", "httpVersion": "HTTP/1.1",
                                  "headers": [{"name": "Content-Type", "value": "application/json"}], "cookies": [],
                                  "content": {"size": len(rb.encode()), "mimeType": "application/json", "text": rb},
                                  "redirectURL": "", "headersSize": -1, "bodySize": -1},
                     "cache": {}, "timings": {"send": 0.2, "wait": 128.0, "receive": 3.3}})
    dump(f"{d}/{sub}", {"log": {"version": "1.2", "creator": {"name": "Charles Proxy", "version": "4.6.6"}, "pages": [], "entries": ents}})


def w_transcript(d, c, sub):
    out = [f"# QA transcript {c.case} locale={c.locale}"]
    for it in c.items:
        hh = it["ts"][11:19]
        if not it["response"]:
            out.append(f"[{hh}] SYSTEM: SessionEndedRequest")
            continue
        out.append(f"[{hh}] USER: {c.utter(it)}")
        out.append(f"[{hh}] SKILL: {speech_text(it['t']['say'])}")
        if it["t"]["rep"] is not None:
            out.append(f"[{hh}] SKILL (reprompt): {speech_text(it['t']['rep'])}")
        out.append(f"[{hh}] session_open={'false' if it['t']['end'] else 'true'}")
    dump(f"{d}/{sub}", "\n".join(out) + "\n")


# ---- shapes not in set 1
def w_junit(d, c, sub):
    from xml.sax.saxutils import escape
    cases = []
    for i, it in enumerate(x for x in c.items if x["response"]):
        cases.append(f'    <testcase classname="{c.case[7:]}.conversation" name="turn {i + 1}: {escape(c.utter(it))}" time="0.{31 + i}">\n'
                     f'      <system-out><![CDATA[\n>>> request {json.dumps(it["request"], ensure_ascii=False)}\n<<< response {json.dumps(it["response"], ensure_ascii=False)}\n]]></system-out>\n    </testcase>')
    n = len(cases)
    xml = (f'<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="jest tests" tests="{n}" failures="0" errors="0" time="1.84">\n'
           f'  <testsuite name="{c.case[7:]} dialog" errors="0" failures="0" skipped="0" timestamp="{c.items[0]["ts"][:19]}" time="1.84" tests="{n}">\n'
           + "\n".join(cases) + "\n  </testsuite>\n</testsuites>\n")
    dump(f"{d}/{sub}", xml)


def w_pino(d, c, sub):
    out = []
    base = 1747249200000
    for i, it in enumerate(c.items):
        base = epoch_ms(it["ts"]) - i * 7000
        out.append(json.dumps({"level": 30, "time": base + i * 7000, "pid": 7, "hostname": "skill-7f9c", "reqId": it["rid"][-12:],
                               "msg": "alexa request", "envelope": it["request"]}, ensure_ascii=False))
        if it["response"]:
            out.append(json.dumps({"level": 30, "time": base + i * 7000 + 60, "pid": 7, "hostname": "skill-7f9c", "reqId": it["rid"][-12:],
                                   "msg": "alexa response", "responseTime": 58, "body": it["response"]}, ensure_ascii=False))
    dump(f"{d}/{sub}", "\n".join(out) + "\n")


def w_powertools(d, c, sub):
    out = []
    for i, it in enumerate(c.items):
        common = {"level": "INFO", "location": "lambda_handler:37", "timestamp": it["ts"].replace("T", " ").replace("Z", ",118+0000"),
                  "service": c.case[7:], "cold_start": i == 0, "function_name": c.case[7:], "function_memory_size": "256",
                  "function_arn": f"arn:aws:lambda:eu-west-1:123456789012:function:{c.case[7:]}", "function_request_id": uid(c.case, "lambda", i)}
        out.append(json.dumps({**common, "message": {"direction": "in", "event": it["request"]}}, ensure_ascii=False))
        if it["response"]:
            out.append(json.dumps({**common, "location": "lambda_handler:52", "message": {"direction": "out", "result": it["response"]}}, ensure_ascii=False))
    dump(f"{d}/{sub}", "\n".join(out) + "\n")


def w_newman(d, c, sub):
    ex = []
    for i, it in enumerate(x for x in c.items if x["response"]):
        rb = json.dumps(it["response"], ensure_ascii=False).encode("utf-8")
        ex.append({"cursor": {"position": i, "iteration": 0, "length": len(c.items), "ref": uid(c.case, "cur", i)},
                   "item": {"id": uid(c.case, "item", i), "name": f"{i + 1:02d} {c.utter(it)}"},
                   "request": {"url": {"protocol": "https", "host": ["localhost"], "port": "3000", "path": ["alexa"]}, "method": "POST",
                               "header": [{"key": "Content-Type", "value": "application/json"}],
                               "body": {"mode": "raw", "raw": json.dumps(it["request"], ensure_ascii=False)}},
                   "response": {"id": uid(c.case, "resp", i), "status": "OK", "code": 200,
                                "header": [{"key": "Content-Type", "value": "application/json; charset=utf-8"}],
                                "stream": {"type": "Buffer", "data": list(rb)}, "cookie": [], "responseTime": 44 + i, "responseSize": len(rb)},
                   "assertions": [{"assertion": "Status code is 200", "skipped": False}]})
    dump(f"{d}/{sub}", {"collection": {"info": {"_postman_id": uid(c.case, "col"), "name": c.case[7:] + " dialog",
                                                "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"}},
                        "run": {"stats": {"requests": {"total": len(ex), "pending": 0, "failed": 0}}, "executions": ex,
                                "timings": {"started": 1747249200000, "completed": 1747249260000}, "failures": []}}, indent=1)


def w_console_md(d, c, sub):
    out = [f"## Test tab capture — {c.case[7:]} ({c.locale})", "", "Copied from the developer console Test tab (JSON Input / JSON Output panes).", ""]
    k = 0
    for it in c.items:
        if not it["response"]:
            continue
        k += 1
        out += [f"### Turn {k}: \"{c.utter(it)}\"", "", "JSON Input", "", "```json", json.dumps(it["request"], ensure_ascii=False, indent=2), "```", "",
                "JSON Output", "", "```json", json.dumps({"body": it["response"]}, ensure_ascii=False, indent=2), "```", ""]
    dump(f"{d}/{sub}", "\n".join(out))


def w_csv(d, c, sub):
    buf = io.StringIO()
    wr = csv.writer(buf)
    wr.writerow(["session_id", "turn", "timestamp", "user_said", "skill_said", "reprompt", "should_end_session"])
    for i, it in enumerate(c.items):
        if not it["response"]:
            continue
        t = it["t"]
        wr.writerow([it["sid"][-12:], i + 1, it["ts"], c.utter(it), speech_text(t["say"]), "" if t["rep"] is None else speech_text(t["rep"]),
                     "" if t["end"] is None else str(t["end"]).upper()])
    dump(f"{d}/{sub}", buf.getvalue())


ALEXA_WRITERS = {"envelope": w_envelope, "pairs-jsonl": w_pairs_jsonl, "pairs-array": w_pairs_array, "smapi-simulation": w_smapi_sim,
                 "smapi-invocation": w_smapi_inv, "ask-dialog": w_ask_dialog, "ask-dialog-text": lambda d, c, s: w_ask_dialog(d, c, s, True),
                 "cloudwatch-text": w_cw_text, "cloudwatch-text-py": lambda d, c, s: w_cw_text(d, c, s, py=True),
                 "cloudwatch-text-kw": lambda d, c, s: w_cw_text(d, c, s, kw=("REQUEST ", "RESPONSE ")),
                 "cloudwatch-json": w_cw_json, "har": w_har, "transcript": w_transcript,
                 "junit-xml": w_junit, "pino-ndjson": w_pino, "powertools-jsonl": w_powertools, "newman-json": w_newman,
                 "console-markdown": w_console_md, "csv-transcript": w_csv}
SHAPE_NAME = {"ask-dialog-text": "ask-dialog", "cloudwatch-text-py": "cloudwatch-text", "cloudwatch-text-kw": "cloudwatch-text"}


# ---------------------------------------------------------------- Alexa package
def alexa_package(d, k):
    loc = k["locale"]
    locales = [loc] + k.get("extra_locales", [])
    pub = {}
    for l in locales:
        pub[l] = {"summary": k.get("summary", k["desc"][:120]), "examplePhrases": k.get("examples", [f"Alexa, open {k['inv']}"]),
                  "name": k["name"], "description": k["desc"], "keywords": k.get("keywords", []),
                  "smallIconUri": f"https://s3.amazonaws.com/CAPS-SSE/echo_developer/{hid(k['id'], n=4)}/APP_ICON?versionId=small",
                  "largeIconUri": f"https://s3.amazonaws.com/CAPS-SSE/echo_developer/{hid(k['id'], n=4)}/APP_ICON_LARGE?versionId=large"}
    pc = {"allowsPurchases": False, "usesPersonalInfo": bool(k.get("perms")) or k.get("uses_pi", False), "isChildDirected": k.get("child", False),
          "isExportCompliant": True, "containsAds": False}
    if k.get("privacy", True):
        host = k.get("privacy_host", k["id"][7:].replace("-", "") + ".app")
        pc["locales"] = {l: {"privacyPolicyUrl": f"https://{host}/privacy", "termsOfUseUrl": f"https://{host}/terms"} for l in locales}
    man = {"manifest": {"publishingInformation": {"locales": pub, "isAvailableWorldwide": False, "testingInstructions": k.get("testing", "Launch the skill and follow the prompts."),
                                                  "category": k.get("category", "HEALTH_AND_FITNESS"), "distributionCountries": [loc.split("-")[1]],
                                                  "automaticDistribution": {"isActive": False}},
                        "apis": {"custom": {"endpoint": {"sourceDir": "lambda", "uri": f"arn:aws:lambda:us-east-1:123456789012:function:{k['id'][7:]}"},
                                            **({"interfaces": [{"type": "AUDIO_PLAYER"}]} if k.get("audio") else {})}},
                        "manifestVersion": "1.0", "privacyAndCompliance": pc}}
    if k.get("perms"):
        man["manifest"]["permissions"] = [{"name": p} for p in k["perms"]]
    dump(f"{d}/skill-package/skill.json", man)
    models = k.get("models") or {loc: (k["inv"], k["intents"], k.get("types", []))}
    for l, (inv, intents, types) in models.items():
        ints = []
        for it in intents:
            name, samples = it[0], it[1]
            slots = it[2] if len(it) > 2 else {}
            ints.append({"name": name, "slots": [{"name": s, "type": ty} for s, ty in slots.items()], "samples": samples})
        names = {i["name"] for i in ints}
        for b in BUILTINS:
            if b not in names:
                ints.append({"name": b, "samples": []})
        if k.get("audio"):
            for b in ["AMAZON.PauseIntent", "AMAZON.ResumeIntent"]:
                if b not in names:
                    ints.append({"name": b, "samples": []})
        ty = [{"name": n, "values": [{"name": {"value": v}} for v in vals]} for n, vals in types]
        dump(f"{d}/skill-package/interactionModels/custom/{l}.json", {"interactionModel": {"languageModel": {"invocationName": inv, "intents": ints, "types": ty}}})
    if k.get("ask_resources", True):
        dump(f"{d}/ask-resources.json", {"askcliResourcesVersion": "2020-03-31", "profiles": {"default": {"skillMetadata": {"src": "./skill-package"},
                                         "code": {"default": {"src": "./lambda"}},
                                         "skillInfrastructure": {"type": "@ask-cli/lambda-deployer", "userConfig": {"runtime": "nodejs18.x", "handler": "index.handler", "awsRegion": "us-east-1"}}}}})


# ---------------------------------------------------------------- Google
def G(intent, query, speech, end=False, scene="Main", next_scene=None, noinput=None, params=None, perm=None, ts=None):
    return dict(intent=intent, query=query, speech=speech, end=end, scene=scene, next=next_scene, noinput=noinput, params=params or {}, perm=perm, ts=ts)


def g_scene(d, k, turns, sub):
    out = []
    sid = "ABwppHF" + hid(k["id"], "gs", n=30)
    for i, t in enumerate(turns):
        req = {"handler": {"name": t["intent"].replace("actions.intent.", "").lower()}, "intent": {"name": t["intent"], "params": {p: {"original": v, "resolved": v} for p, v in t["params"].items()}, "query": t["query"]},
               "scene": {"name": t["scene"], "slotFillingStatus": "UNSPECIFIED", "slots": {}},
               "session": {"id": sid, "params": {}, "typeOverrides": [], "languageCode": ""},
               "user": {"locale": k["glocale"], "params": {}, "accountLinkingStatus": "ACCOUNT_LINKING_STATUS_UNSPECIFIED", "verificationStatus": "VERIFIED", "packageEntitlements": []},
               "home": {"params": {}}, "device": {"capabilities": ["SPEECH", "RICH_RESPONSE", "LONG_FORM_AUDIO"]}}
        resp = {"session": {"id": sid, "params": {}}, "prompt": {"override": False, "firstSimple": {"speech": t["speech"], "text": speech_text(t["speech"])}}}
        nxt = "actions.scene.END_CONVERSATION" if t["end"] else t["next"]
        resp["scene"] = {"name": t["scene"], "slots": {}, **({"next": {"name": nxt}} if nxt else {})}
        out.append({"timestamp": t["ts"] or f"2025-06-02T08:{10 + i:02d}:00Z", "webhookRequest": req, "webhookResponse": resp})
    dump(f"{d}/{sub}", out)


def g_dialogflow(d, k, turns, sub):
    sess = f"projects/{k['id'][7:]}/agent/sessions/ABwppHE{hid(k['id'], 'df', n=24)}"
    for i, t in enumerate(turns):
        req = {"responseId": uid(k["id"], "df", i), "session": sess,
               "queryResult": {"queryText": t["query"], "parameters": t["params"], "allRequiredParamsPresent": True, "fulfillmentMessages": [{"text": {"text": [""]}}],
                               "intent": {"name": f"projects/{k['id'][7:]}/agent/intents/{uid(k['id'], t['intent'])}", "displayName": t["intent"]},
                               "intentDetectionConfidence": 1, "languageCode": k["glocale"].split("-")[0]},
               "originalDetectIntentRequest": {"source": "google", "version": "2", "payload": {
                   "user": {"locale": k["glocale"], "userVerificationStatus": "VERIFIED"},
                   "conversation": {"conversationId": sess.rsplit("/", 1)[1], "type": "NEW" if i == 0 else "ACTIVE"},
                   "inputs": [{"intent": "actions.intent.MAIN" if i == 0 else "actions.intent.TEXT", "rawInputs": [{"inputType": "VOICE", "query": t["query"]}]}],
                   "surface": {"capabilities": [{"name": "actions.capability.AUDIO_OUTPUT"}]}}}}
        g = {"expectUserResponse": not t["end"], "richResponse": {"items": [{"simpleResponse": {"textToSpeech": t["speech"]}}]}}
        if t["noinput"] is not None:
            g["noInputPrompts"] = [{"textToSpeech": x} for x in t["noinput"]]
        if t["perm"]:
            g["systemIntent"] = {"intent": "actions.intent.PERMISSION", "data": {"@type": "type.googleapis.com/google.actions.v2.PermissionValueSpec", "optContext": t["perm"][0], "permissions": t["perm"][1]}}
        resp = {"fulfillmentText": speech_text(t["speech"]), "payload": {"google": g}}
        dump(f"{d}/{sub}/turn-{i + 1:02d}.json", {"request": req, "response": resp})


def g_conversation(d, k, turns, sub):
    out = []
    cid = hid(k["id"], "conv", n=19)
    for i, t in enumerate(turns):
        req = {"user": {"locale": k["glocale"], "userStorage": "{}", "lastSeen": "2025-06-01T10:00:00Z"}, "conversation": {"conversationId": cid, "type": "NEW" if i == 0 else "ACTIVE", **({"conversationToken": "[]"} if i else {})},
               "inputs": [{"intent": t["intent"], "rawInputs": [{"inputType": "VOICE", "query": t["query"]}],
                           "arguments": [{"name": "text", "rawText": t["query"], "textValue": t["query"]}] if t["intent"] == "actions.intent.TEXT" else []}],
               "surface": {"capabilities": [{"name": "actions.capability.AUDIO_OUTPUT"}, {"name": "actions.capability.MEDIA_RESPONSE_AUDIO"}]},
               "isInSandbox": True, "availableSurfaces": []}
        if t["end"]:
            resp = {"expectUserResponse": False, "finalResponse": {"richResponse": {"items": [{"simpleResponse": {"textToSpeech": t["speech"]}}]}}}
        else:
            ip = {"richInitialPrompt": {"items": [{"simpleResponse": {"textToSpeech": t["speech"]}}]}}
            if t["noinput"] is not None:
                ip["noInputPrompts"] = [{"textToSpeech": x} for x in t["noinput"]]
            pi = [{"intent": "actions.intent.TEXT"}]
            if t["perm"]:
                pi = [{"intent": "actions.intent.PERMISSION", "inputValueData": {"@type": "type.googleapis.com/google.actions.v2.PermissionValueSpec", "optContext": t["perm"][0], "permissions": t["perm"][1]}}]
            resp = {"expectUserResponse": True, "conversationToken": "[]", "expectedInputs": [{"inputPrompt": ip, "possibleIntents": pi}]}
        out.append(json.dumps({"request": req, "response": resp}, ensure_ascii=False))
    dump(f"{d}/{sub}", "\n".join(out) + "\n")


def g_cloudlogging(d, k, turns, sub):
    """Cloud Logging export (gcloud logging read --format=json) of a Cloud Function webhook for Actions Builder."""
    sid = "ABwppHF" + hid(k["id"], "gl", n=30)
    out = []
    for i, t in enumerate(turns):
        nxt = "actions.scene.END_CONVERSATION" if t["end"] else t["next"]
        body = {"session": {"id": sid, "params": {}}, "prompt": {"override": False, "firstSimple": {"speech": t["speech"], "text": speech_text(t["speech"])}},
                "scene": {"name": t["scene"], "slots": {}, **({"next": {"name": nxt}} if nxt else {})}}
        base = {"logName": f"projects/{k['id'][7:]}/logs/cloudfunctions.googleapis.com%2Fcloud-functions",
                "resource": {"type": "cloud_function", "labels": {"function_name": "ActionsOnGoogleFulfillment", "region": "us-central1", "project_id": k["id"][7:]}},
                "severity": "INFO", "timestamp": f"2025-06-03T21:{10 + i:02d}:0{i % 10}.{100 + i}Z", "labels": {"execution_id": hid(k["id"], i, n=12)}}
        out.append({**base, "insertId": hid(k["id"], i, "q", n=14), "jsonPayload": {"message": "webhook request", "handler": t["intent"].lower(), "query": t["query"], "intent": {"name": t["intent"], "query": t["query"]}, "scene": t["scene"]}})
        out.append({**base, "insertId": hid(k["id"], i, "p", n=14), "jsonPayload": {"message": "webhook response", "body": body}})
    out.reverse()  # gcloud logging read returns newest first
    dump(f"{d}/{sub}", out)


G_WRITERS = {"gactions-scene": g_scene, "dialogflow-webhook": g_dialogflow, "gactions-conversation": g_conversation, "gcp-logging-json": g_cloudlogging}


def yaml_list(items, ind):
    return "".join(f"{' ' * ind}- {json.dumps(x, ensure_ascii=False)}\n" for x in items)


def google_builder(d, k):
    lang = k["glocale"].split("-")[0]
    s = (f"defaultLocale: {lang}\nlocalizedSettings:\n  displayName: {json.dumps(k['name'], ensure_ascii=False)}\n  pronunciation: {json.dumps(k['inv'], ensure_ascii=False)}\n"
         f"  shortDescription: {json.dumps(k['desc'][:80], ensure_ascii=False)}\n  fullDescription: {json.dumps(k['desc'], ensure_ascii=False)}\n"
         f"  developerName: {json.dumps(k.get('dev', 'Studio ' + k['name']), ensure_ascii=False)}\n  developerEmail: dev@{k['id'][7:].replace('-', '')}.app\n")
    if k.get("privacy", True):
        s += f"  privacyPolicyUrl: https://{k['id'][7:].replace('-', '')}.app/privacy\n"
    s += f"  smallLogoImage: $resources.images.logo\nprojectId: {k['id'][7:]}\ncategory: {k.get('gcategory', 'HEALTH_AND_FITNESS')}\nusesTransactionsApi: false\nusesDigitalPurchaseApi: false\nusesInteractiveCanvas: false\n"
    dump(f"{d}/sdk/settings/settings.yaml", s)
    dump(f"{d}/sdk/manifest.yaml", "version: \"1.0\"\n")
    for name, phrases, params in k["intents"]:
        y = "trainingPhrases:\n" + yaml_list(phrases, 2)
        if params:
            y = "parameters:\n" + "".join(f"- name: {p}\n  type:\n    name: {ty}\n" for p, ty in params.items()) + y
        dump(f"{d}/sdk/custom/intents/{name}.yaml", y)
    for name, body in k.get("types", []):
        dump(f"{d}/sdk/custom/types/{name}.yaml", body)
    for name, body in k.get("scenes", {}).items():
        dump(f"{d}/sdk/custom/scenes/{name}.yaml", body)
    dump(f"{d}/sdk/custom/global/actions.intent.MAIN.yaml", "handler:\n  webhookHandler: main\ntransitionToScene: Main\n")
    dump(f"{d}/sdk/webhooks/ActionsOnGoogleFulfillment.yaml", "handlers:\n- name: main\n- name: fallback\ninlineCloudFunction:\n  executeFunction: ActionsOnGoogleFulfillment\n")


def google_dialogflow(d, k):
    lang = k["glocale"].split("-")[0]
    dump(f"{d}/agent.json", {"description": k["desc"], "language": lang, "shortDescription": "", "examples": "", "linkToDocs": "", "displayName": k["name"],
                             "disableInteractionLogs": False, "disableStackdriverLogs": True,
                             "googleAssistant": {"googleAssistantCompatible": True, "project": k["id"][7:], "welcomeIntentSignInRequired": False, "startIntents": [], "systemIntents": [],
                                                 "endIntentIds": [], "oAuthLinking": {"required": False, "providerId": "", "authorizationUrl": "", "tokenUrl": "", "scopes": "", "privacyPolicyUrl": "", "grantType": "AUTH_CODE_GRANT"},
                                                 "voiceType": "MALE_1", "capabilities": [], "env": "", "protocolVersion": "V2", "autoPreviewEnabled": True, "isDeviceAgent": False},
                             "defaultTimezone": k.get("tz", "America/Mexico_City"), "webhook": {"url": f"https://us-central1-{k['id'][7:]}.cloudfunctions.net/dialogflowFirebaseFulfillment", "available": True, "useForDomains": False, "cloudFunctionsEnabled": False, "cloudFunctionsInitialized": False},
                             "isPrivate": True, "mlMinConfidence": 0.3, "supportedLanguages": [], "enableOnePlatformApi": True, "onePlatformApiVersion": "v2", "analyzeQueryTextSentiment": False, "enabledKnowledgeBaseNames": [], "knowledgeServiceConfidenceAdjustment": 0.0, "dialogBuilderMode": False, "baseActionPackagesUrl": ""})
    dump(f"{d}/package.json", {"version": "1.0.0"})
    for name, phrases, params in k["intents"]:
        dump(f"{d}/intents/{name}.json", {"id": uid(k["id"], name), "name": name, "auto": True, "contexts": [],
                                           "responses": [{"resetContexts": False, "action": "", "affectedContexts": [], "parameters": [{"id": uid(k["id"], name, p), "name": p, "required": False, "dataType": ty, "value": "$" + p, "isList": False} for p, ty in params.items()],
                                                          "messages": [{"type": "0", "title": "", "textToSpeech": "", "lang": lang, "condition": ""}], "speech": []}],
                                           "priority": 500000, "webhookUsed": True, "webhookForSlotFilling": False, "fallbackIntent": name.lower().startswith("default fallback"), "events": [{"name": "WELCOME"}] if "Welcome" in name else [], "conditionalResponses": [], "condition": "", "conditionalFollowupEvents": []})
        us = []
        for ph in phrases:
            parts = []
            for seg in ph.split("|"):
                if seg.startswith("@"):
                    ty, alias, text = seg.split(":", 2)
                    parts.append({"text": text, "alias": alias, "meta": ty, "userDefined": True})
                else:
                    parts.append({"text": seg, "userDefined": False})
            us.append({"id": uid(k["id"], name, ph), "data": parts, "isTemplate": False, "count": 0, "lang": lang, "updated": 0})
        dump(f"{d}/intents/{name}_usersays_{lang}.json", us)
    for name, entries in k.get("entities", []):
        dump(f"{d}/entities/{name}.json", {"id": uid(k["id"], name), "name": name, "isOverridable": True, "isEnum": False, "isRegexp": False, "automatedExpansion": True, "allowFuzzyExtraction": False})
        dump(f"{d}/entities/{name}_entries_{lang}.json", [{"value": e, "synonyms": [e]} for e in entries])


def google_v2(d, k):
    dump(f"{d}/action.json", {"locale": k["glocale"].split("-")[0], "actions": [{"description": "Default welcome", "name": "MAIN", "fulfillment": {"conversationName": k["id"][7:]}, "intent": {"name": "actions.intent.MAIN", "trigger": {"queryPatterns": k.get("main_patterns", [f"talk to {k['inv']}"])}}}]
                              + [{"description": n, "name": n, "fulfillment": {"conversationName": k["id"][7:]}, "intent": {"name": n, "parameters": [{"name": p, "type": ty} for p, ty in params.items()], "trigger": {"queryPatterns": ph}}} for n, ph, params in k["intents"]],
                              "conversations": {k["id"][7:]: {"name": k["id"][7:], "url": f"https://europe-west1-{k['id'][7:]}.cloudfunctions.net/conversation", "fulfillmentApiVersion": 2}},
                              **({"types": [{"name": n, "entities": [{"key": e, "synonyms": [e]} for e in ents]} for n, ents in k.get("v2types", [])]} if k.get("v2types") else {})})


# ---------------------------------------------------------------- build
def build(k, labels):
    d = os.path.join(ROOT, "cases", k["id"])
    plat = k.get("platform", "alexa")
    shapes = []
    if plat == "alexa":
        alexa_package(d, k)
        for rec in k["recs"]:
            shape, sub, turns = rec[0], rec[1], rec[2]
            opts = rec[3] if len(rec) > 3 else {}
            c = Conv(k["id"], opts.get("locale", k["locale"]), turns, day=opts.get("day", "2025-05-14"), tag=sub)
            c.inv = k["inv"]
            c.samples = {it[0]: it[1] for it in k["intents"]}
            ALEXA_WRITERS[shape](d, c, sub)
            shapes.append(SHAPE_NAME.get(shape, shape))
    else:
        {"builder": google_builder, "dialogflow": google_dialogflow, "v2": google_v2}[plat](d, k)
        for shape, sub, turns in k["recs"]:
            G_WRITERS[shape](d, k, turns, sub)
            shapes.append(shape)
    for path, text in k.get("files", {}).items():
        dump(os.path.join(d, path), text)
    seen = []
    for s in shapes:
        if s not in seen:
            seen.append(s)
    labels[k["id"]] = {"categories": sorted(k["labels"]), "locale": k["locale"], "shapes": seen, "why": k["why"]}


def main():
    import cases_en, cases_au, cases_fr, cases_de, cases_es, cases_google
    allc = []
    for m in (cases_en, cases_au, cases_fr, cases_de, cases_es, cases_google):
        allc += m.CASES
    ids = [k["id"] for k in allc]
    assert len(ids) == len(set(ids)), "duplicate ids"
    if os.path.isdir(os.path.join(ROOT, "cases")):
        shutil.rmtree(os.path.join(ROOT, "cases"))
    labels = {}
    for k in sorted(allc, key=lambda x: x["id"]):
        build(k, labels)
    dump(os.path.join(ROOT, "labels.json"), labels)
    print(f"wrote {len(labels)} cases")


if __name__ == "__main__":
    main()
