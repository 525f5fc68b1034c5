"""Small renderer: turns the hand-written case descriptions (cases_*.py) into project folders.
All speech, samples and metadata come from the descriptions; this file only knows file formats."""
import csv, io, json, os, uuid, html
from datetime import datetime, timedelta, timezone

OUT = None  # set by gen.py


def _w(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(text)


def _j(path, obj):
    _w(path, json.dumps(obj, ensure_ascii=False, indent=2) + "\n")


def _uid(*parts):
    return str(uuid.uuid5(uuid.NAMESPACE_URL, "/".join(str(p) for p in parts)))


def _hex(*parts, n=40):
    return (uuid.uuid5(uuid.NAMESPACE_DNS, "/".join(map(str, parts))).hex * 2).upper()[:n]


# ---------------------------------------------------------------- turn helpers used by the descriptions
def L(u=None):
    return {"type": "LaunchRequest", "u": u}


def I(_intent, u=None, **slots):
    return {"type": "IntentRequest", "intent": _intent, "slots": slots, "u": u}


def SE(reason="USER_INITIATED"):
    return {"type": "SessionEndedRequest", "reason": reason, "u": None}


def AP(event, token, offset=0):
    return {"type": "AudioPlayer." + event, "token": token, "offset": offset, "u": None}


def R(s=None, r=None, end=None, card=None, dirs=None, plain=False):
    return {"s": s, "r": r, "end": end, "card": card, "dirs": dirs or [], "plain": plain}


def PLAY(url, token, offset=0, behavior="REPLACE_ALL"):
    return {"type": "AudioPlayer.Play", "playBehavior": behavior,
            "audioItem": {"stream": {"url": url, "token": token, "offsetInMilliseconds": offset}}}


def STOP():
    return {"type": "AudioPlayer.Stop"}


def CONSENT(*perms):
    return ("consent", list(perms))


def _ssml(s):
    s = s.strip()
    return s if s.startswith("<speak>") else "<speak>" + s + "</speak>"


def _strip(s):
    import re
    return re.sub(r"<[^>]+>", "", s or "").strip()


# ---------------------------------------------------------------- Alexa envelopes
class Ctx:
    def __init__(self, case, loc, base="2026-03-02T21:40:00"):
        self.case, self.loc = case, loc
        self.app = "amzn1.ask.skill." + _uid(case, "app")
        self.user = "amzn1.ask.account." + _hex(case, "user", n=60)
        self.dev = "amzn1.ask.device." + _hex(case, "dev", n=40)
        self.t = datetime.fromisoformat(base).replace(tzinfo=timezone.utc)


def _card(c):
    if c is None:
        return None
    if isinstance(c, tuple) and c and c[0] == "consent":
        return {"type": "AskForPermissionsConsent", "permissions": c[1]}
    return {"type": "Standard" if len(c) > 2 else "Simple", "title": c[0], ("text" if len(c) > 2 else "content"): c[1]}


def resp_env(r):
    body = {}
    if r["s"] is not None:
        body["outputSpeech"] = ({"type": "PlainText", "text": r["s"]} if r["plain"]
                                else {"type": "SSML", "ssml": _ssml(r["s"])})
    if r["card"] is not None:
        body["card"] = _card(r["card"])
    if r["r"] is not None:
        body["reprompt"] = {"outputSpeech": ({"type": "PlainText", "text": r["r"]} if r["plain"]
                                             else {"type": "SSML", "ssml": _ssml(r["r"])})}
    if r["dirs"]:
        body["directives"] = r["dirs"]
    if r["end"] is not None:
        body["shouldEndSession"] = r["end"]
    return {"version": "1.0", "sessionAttributes": {}, "userAgent": "ask-node/2.14.0 Node/v18.19.0", "response": body}


def build_pairs(ctx, sessions, start=None, gap_s=9):
    """sessions: list of lists of (req, resp). Returns list of dicts with req/resp envelopes and meta."""
    t = datetime.fromisoformat(start).replace(tzinfo=timezone.utc) if start else ctx.t
    out = []
    for si, sess in enumerate(sessions):
        sid = "amzn1.echo-api.session." + _uid(ctx.case, start, si)
        for ti, (rq, rs) in enumerate(sess):
            t += timedelta(seconds=gap_s if ti else 60 * 37)
            ts = t.strftime("%Y-%m-%dT%H:%M:%SZ")
            sysctx = {"application": {"applicationId": ctx.app}, "user": {"userId": ctx.user},
                      "device": {"deviceId": ctx.dev, "supportedInterfaces": {"AudioPlayer": {}}},
                      "apiEndpoint": "https://api.eu.amazonalexa.com" if ctx.loc[:2] in ("de", "fr", "it", "es") and ctx.loc != "es-MX" else "https://api.amazonalexa.com",
                      "apiAccessToken": "eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.REDACTED"}
            req = {"requestId": "amzn1.echo-api.request." + _uid(ctx.case, start, si, ti), "locale": ctx.loc, "timestamp": ts}
            typ = rq["type"]
            req = {"type": typ, **req}
            if typ == "IntentRequest":
                req["intent"] = {"name": rq["intent"], "confirmationStatus": "NONE"}
                if rq["slots"]:
                    req["intent"]["slots"] = {k: {"name": k, "value": v, "confirmationStatus": "NONE", "source": "USER"}
                                              for k, v in rq["slots"].items()}
            elif typ == "SessionEndedRequest":
                req["reason"] = rq["reason"]
            elif typ.startswith("AudioPlayer."):
                req["token"] = rq["token"]
                req["offsetInMilliseconds"] = rq["offset"]
            env = {"version": "1.0"}
            audio_evt = typ.startswith("AudioPlayer.")
            if not audio_evt:
                env["session"] = {"new": ti == 0, "sessionId": sid, "application": {"applicationId": ctx.app},
                                  "user": {"userId": ctx.user}}
                if ti:
                    env["session"]["attributes"] = {}
            env["context"] = {"System": sysctx}
            if audio_evt or any(d.get("type") == "AudioPlayer.Play" for _, r in sess[:ti] for d in r["dirs"]):
                env["context"]["AudioPlayer"] = {"playerActivity": "PLAYING" if audio_evt else "STOPPED",
                                                 "token": rq.get("token") or "", "offsetInMilliseconds": rq.get("offset", 0)}
            env["request"] = req
            out.append({"req": env, "resp": resp_env(rs), "u": rq.get("u"), "ts": ts, "t": t, "sid": sid,
                        "rq": rq, "rs": rs, "new": ti == 0})
    return out


# ---------------------------------------------------------------- Alexa recording shapes
def w_envelope(path_fmt, pairs):
    for i, p in enumerate(pairs):
        _j(path_fmt.format(i=i + 1, n=p["rq"].get("intent") or p["rq"]["type"]), p["resp"])


def w_pairs_jsonl(path, pairs):
    _w(path, "".join(json.dumps({"request": p["req"], "response": p["resp"]}, ensure_ascii=False) + "\n" for p in pairs))


def w_pairs_array(path, pairs):
    _j(path, [{"request": p["req"], "response": p["resp"]} for p in pairs])


def _endpoint(ctx):
    return "arn:aws:lambda:eu-west-1:48392015:function:" + ctx.case[4:]


def w_smapi_sim(dir_fmt, pairs, ctx, single=False):
    docs = []
    for i, p in enumerate(pairs):
        docs.append({"id": _uid(ctx.case, "sim", i), "status": "SUCCESSFUL",
                     "result": {"alexaExecutionInfo": {"alexaResponses": [
                         {"type": "Speech", "content": {"caption": _strip((p["resp"]["response"].get("outputSpeech") or {}).get("ssml") or (p["resp"]["response"].get("outputSpeech") or {}).get("text"))}}],
                         "consideredIntents": ([{"name": p["rq"]["intent"], "confirmationStatus": "NONE", "slots": {}}] if p["rq"].get("intent") else [])},
                         "skillExecutionInfo": {"invocations": [{"invocationRequest": {"endpoint": _endpoint(ctx), "body": p["req"]},
                                                                 "invocationResponse": {"body": p["resp"]},
                                                                 "metrics": {"skillExecutionTimeInMilliseconds": 180 + 7 * i}}]},
                         "error": None}})
    if single:
        _j(dir_fmt, docs)
    else:
        for i, d in enumerate(docs):
            _j(dir_fmt.format(i=i + 1), d)


def w_smapi_inv(dir_fmt, pairs, ctx):
    for i, p in enumerate(pairs):
        _j(dir_fmt.format(i=i + 1), {"id": _uid(ctx.case, "inv", i), "status": "SUCCESSFUL",
                                     "result": {"skillExecutionInfo": {"invocationRequest": {"endpoint": _endpoint(ctx), "body": p["req"]},
                                                                       "invocationResponse": {"body": p["resp"]},
                                                                       "metrics": {"skillExecutionTimeInMilliseconds": 211}}}})


def w_ask_dialog(replay_path, out_path, pairs, ctx, text=False):
    _j(replay_path, {"skillId": ctx.app, "locale": ctx.loc, "type": "text", "userInput": [p["u"] or "" for p in pairs]})
    if text:
        lines = []
        for p in pairs:
            o = p["resp"]["response"]
            lines.append("User  > " + (p["u"] or ""))
            lines.append("Alexa > " + _strip((o.get("outputSpeech") or {}).get("ssml") or ""))
        _w(out_path, "\n".join(lines) + "\n")
    else:
        _j(out_path, [{"utterance": p["u"] or "", "invocations": [{"invocationRequest": {"endpoint": _endpoint(ctx), "body": p["req"]},
                                                                    "invocationResponse": {"body": p["resp"]}}]} for p in pairs])


def w_cloudwatch_text(path, pairs, python=False, kw=("Request", "Response")):
    lines = []
    for p in pairs:
        rid = _uid(p["ts"], "lambda")
        t = p["t"]
        ts = t.strftime("%Y-%m-%dT%H:%M:%S.") + "123Z"
        lines.append(f"START RequestId: {rid} Version: $LATEST")
        if python:
            lines.append(f"[INFO]\t{ts}\t{rid}\t{kw[0]}: {json.dumps(p['req'], ensure_ascii=False)}")
            lines.append(f"[INFO]\t{ts}\t{rid}\t{kw[1]}: {json.dumps(p['resp'], ensure_ascii=False)}")
        else:
            lines.append(f"{ts}\t{rid}\tINFO\t{kw[0]}: {json.dumps(p['req'], ensure_ascii=False)}")
            lines.append(f"{ts}\t{rid}\tINFO\t{kw[1]}: {json.dumps(p['resp'], ensure_ascii=False)}")
        lines.append(f"END RequestId: {rid}")
        lines.append(f"REPORT RequestId: {rid}\tDuration: 143.21 ms\tBilled Duration: 144 ms\tMemory Size: 256 MB\tMax Memory Used: 88 MB")
    _w(path, "\n".join(lines) + "\n")


def w_cloudwatch_json(path, pairs, group):
    ev = []
    for i, p in enumerate(pairs):
        rid = _uid(p["ts"], "lambda")
        ms = int(p["t"].timestamp() * 1000)
        stream = p["t"].strftime("%Y/%m/%d") + "/[$LATEST]" + _hex(group, "stream", n=32).lower()
        iso = p["t"].strftime("%Y-%m-%dT%H:%M:%S.") + "200Z"
        for k, body in (("Request", p["req"]), ("Response", p["resp"])):
            ev.append({"logStreamName": stream, "timestamp": ms, "message": f"{iso}\t{rid}\tINFO\t{k}: {json.dumps(body, ensure_ascii=False)}\n",
                       "ingestionTime": ms + 412, "eventId": str(37000000000000000000000000000000000000000000000000000000 + len(ev))})
    _j(path, {"events": ev, "searchedLogStreams": [], "nextToken": None})


def w_har(path, pairs, url):
    entries = []
    for p in pairs:
        entries.append({"startedDateTime": p["t"].strftime("%Y-%m-%dT%H:%M:%S.000Z"), "time": 231,
                        "request": {"method": "POST", "url": url, "httpVersion": "HTTP/1.1",
                                    "headers": [{"name": "Content-Type", "value": "application/json; charset=utf-8"},
                                                {"name": "Signature-256", "value": "REDACTED"}],
                                    "queryString": [], "cookies": [], "headersSize": -1, "bodySize": -1,
                                    "postData": {"mimeType": "application/json", "text": json.dumps(p["req"], ensure_ascii=False)}},
                        "response": {"status": 200, "statusText": "OK", "httpVersion": "HTTP/1.1",
                                     "headers": [{"name": "Content-Type", "value": "application/json"}], "cookies": [],
                                     "content": {"size": -1, "mimeType": "application/json", "text": json.dumps(p["resp"], ensure_ascii=False)},
                                     "redirectURL": "", "headersSize": -1, "bodySize": -1},
                        "cache": {}, "timings": {"send": 1, "wait": 228, "receive": 2}})
    _j(path, {"log": {"version": "1.2", "creator": {"name": "mitmproxy", "version": "10.1.6"}, "pages": [], "entries": entries}})


def w_transcript(path, pairs, label="SKILL"):
    lines = []
    for p in pairs:
        t = p["t"].strftime("%Y-%m-%d %H:%M:%S")
        o = p["resp"]["response"]
        if p["new"]:
            lines.append(f"[{t}] --- session {p['sid'][-12:]} ---")
        if p["u"]:
            lines.append(f"[{t}] USER: {p['u']}")
        elif p["rq"]["type"] != "LaunchRequest":
            lines.append(f"[{t}] EVENT: {p['rq']['type']}")
        sp = o.get("outputSpeech")
        if sp:
            lines.append(f"[{t}] {label}: {sp.get('ssml') or sp.get('text')}")
        if "reprompt" in o:
            rp = o["reprompt"]["outputSpeech"]
            lines.append(f"[{t}] {label} (reprompt): {rp.get('ssml') or rp.get('text')}")
        for d in o.get("directives", []):
            lines.append(f"[{t}] DIRECTIVE: {d['type']} {d.get('audioItem', {}).get('stream', {}).get('url', '')}".rstrip())
        open_ = o.get("shouldEndSession") is False or (o.get("shouldEndSession") is None and "reprompt" in o)
        lines.append(f"[{t}] session_open={'true' if open_ else 'false'}")
    _w(path, "\n".join(lines) + "\n")


# ---------------------------------------------------------------- new shapes of this set
def w_audioplayer_log(path, pairs, ctx):
    """skill-side audio event log: one JSON object per line, inbound request envelopes and outbound responses."""
    lines = []
    for p in pairs:
        lines.append({"ts": p["ts"], "dir": "in", "kind": p["req"]["request"]["type"], "skill": ctx.app, "envelope": p["req"]})
        lines.append({"ts": p["ts"], "dir": "out", "kind": "response",
                      "directives": [d["type"] for d in p["resp"]["response"].get("directives", [])], "envelope": p["resp"]})
    _w(path, "".join(json.dumps(x, ensure_ascii=False) + "\n" for x in lines))


def w_ssml_script(path, title, turns, loc):
    """voice-design sample dialog script (markdown with ssml blocks), as handed to certification/QA."""
    out = [f"# {title} — sample dialog script ({loc})", "", "Reviewed by the voice design team. Every block is the exact SSML the handler returns.", ""]
    for i, (user, speech, reprompt, state) in enumerate(turns, 1):
        out.append(f"## Turn {i}")
        out.append(f"**User:** {user}" if user else "**User:** _(launch)_")
        out.append("")
        out.append("**Speech:**")
        out.append("```ssml")
        out.append(_ssml(speech))
        out.append("```")
        if reprompt is not None:
            out.append("**Reprompt:**")
            out.append("```ssml")
            out.append(_ssml(reprompt))
            out.append("```")
        out.append(f"**Session:** {state}")
        out.append("")
    _w(path, "\n".join(out))


def w_bespoken(path, pairs, loc, name):
    """Bespoken `bst test` unit test file with the recorded expectations."""
    out = ["---", "configuration:", f"  locale: {loc}", "  handler: lambda/index.handler", "", "---", f"- test: {name}"]
    for p in pairs:
        rq = p["rq"]
        key = "LaunchRequest" if rq["type"] == "LaunchRequest" else (rq.get("intent") or rq["type"])
        if rq["type"] == "IntentRequest" and rq["slots"]:
            key = rq["intent"] + " " + " ".join(f"{k}={v}" for k, v in rq["slots"].items())
        o = p["resp"]["response"]
        out.append(f"- {key}:")
        sp = o.get("outputSpeech")
        if sp:
            out.append("  - prompt: " + json.dumps(sp.get("ssml") or sp.get("text"), ensure_ascii=False))
        if "reprompt" in o:
            rp = o["reprompt"]["outputSpeech"]
            out.append("  - reprompt: " + json.dumps(rp.get("ssml") or rp.get("text"), ensure_ascii=False))
        if "card" in o:
            c = o["card"]
            if c.get("title"):
                out.append("  - cardTitle: " + json.dumps(c["title"], ensure_ascii=False))
            if c.get("content") or c.get("text"):
                out.append("  - cardContent: " + json.dumps(c.get("content") or c.get("text"), ensure_ascii=False))
        if "shouldEndSession" in o:
            out.append(f"  - response.shouldEndSession: {str(o['shouldEndSession']).lower()}")
        for d in o.get("directives", []):
            out.append(f"  - response.directives[0].type: {d['type']}")
    _w(path, "\n".join(out) + "\n")


def w_junit(path, pairs, suite):
    """JUnit XML report (jest-junit) whose <system-out> holds the captured request/response logs."""
    cases = []
    for i, p in enumerate(pairs):
        name = f"{suite} turn {i + 1}: {p['u'] or p['rq']['type']}"
        out = "REQUEST " + json.dumps(p["req"], ensure_ascii=False) + "\nRESPONSE " + json.dumps(p["resp"], ensure_ascii=False)
        cases.append(f'    <testcase classname="{html.escape(suite)}" name="{html.escape(name)}" time="0.{210 + i}">\n'
                     f'      <system-out>{html.escape(out)}</system-out>\n    </testcase>')
    _w(path, '<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="jest tests" tests="%d" failures="0" errors="0" time="1.9">\n'
       '  <testsuite name="%s" errors="0" failures="0" skipped="0" timestamp="%s" time="1.9" tests="%d">\n%s\n  </testsuite>\n</testsuites>\n'
       % (len(pairs), html.escape(suite), pairs[0]["ts"][:19], len(pairs), "\n".join(cases)))


def w_notebook(path, pairs, title):
    """Jupyter notebook export: a researcher replays requests against the endpoint and prints the JSON."""
    cells = [{"cell_type": "markdown", "metadata": {}, "source": [f"# {title}\n", "Replaying recorded requests against the dev endpoint."]},
             {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [],
              "source": ["import json, requests\n", "ENDPOINT = 'http://localhost:3000/'\n",
                         "def send(env):\n", "    r = requests.post(ENDPOINT, json=env)\n", "    print(json.dumps(r.json(), indent=1, ensure_ascii=False))\n"]}]
    for i, p in enumerate(pairs, 2):
        cells.append({"cell_type": "code", "execution_count": i, "metadata": {},
                      "source": [f"# {p['u'] or p['rq']['type']}\n", "req = " + json.dumps(p["req"], ensure_ascii=False) + "\n", "send(req)"],
                      "outputs": [{"name": "stdout", "output_type": "stream",
                                   "text": [l + "\n" for l in json.dumps(p["resp"], indent=1, ensure_ascii=False).split("\n")]}]})
    _j(path, {"cells": cells, "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
                                           "language_info": {"name": "python", "version": "3.11.6"}}, "nbformat": 4, "nbformat_minor": 5})


def w_curl_trace(path, pairs, host):
    """`curl -v` traces appended to one file while testing the https endpoint by hand."""
    out = []
    for p in pairs:
        body = json.dumps(p["req"], ensure_ascii=False)
        rb = json.dumps(p["resp"], ensure_ascii=False)
        out += [f"$ curl -v -X POST https://{host}/skill -H 'Content-Type: application/json' -d @req.json",
                "*   Trying 10.0.4.12:443...", f"* Connected to {host} (10.0.4.12) port 443 (#0)",
                "> POST /skill HTTP/1.1", f"> Host: {host}", "> User-Agent: curl/8.4.0", "> Accept: */*",
                "> Content-Type: application/json", f"> Content-Length: {len(body.encode())}", ">", body,
                "< HTTP/1.1 200 OK", "< Content-Type: application/json; charset=utf-8", f"< Content-Length: {len(rb.encode())}",
                f"< Date: {p['t'].strftime('%a, %d %b %Y %H:%M:%S GMT')}", "<", rb, f"* Connection #0 to host {host} left intact", ""]
    _w(path, "\n".join(out))


def w_csv(path, pairs):
    """analytics CSV export, one row per turn."""
    buf = io.StringIO()
    wr = csv.writer(buf)
    wr.writerow(["timestamp", "session_id", "new_session", "request_type", "intent", "slots", "utterance",
                 "output_speech", "reprompt", "card_title", "card_text", "should_end_session", "directives"])
    for p in pairs:
        o = p["resp"]["response"]
        sp, rp, c = o.get("outputSpeech") or {}, (o.get("reprompt") or {}).get("outputSpeech") or {}, o.get("card") or {}
        wr.writerow([p["ts"], p["sid"], str(p["new"]).lower(), p["rq"]["type"], p["rq"].get("intent") or "",
                     json.dumps(p["rq"].get("slots") or {}, ensure_ascii=False), p["u"] or "",
                     sp.get("ssml") or sp.get("text") or "", rp.get("ssml") or rp.get("text") or "",
                     c.get("title", ""), c.get("content") or c.get("text") or "",
                     "" if "shouldEndSession" not in o else str(o["shouldEndSession"]).lower(),
                     ";".join(d["type"] for d in o.get("directives", []))])
    _w(path, buf.getvalue())


# ---------------------------------------------------------------- Alexa package
BUILTINS = ["AMAZON.CancelIntent", "AMAZON.HelpIntent", "AMAZON.StopIntent", "AMAZON.NavigateHomeIntent", "AMAZON.FallbackIntent"]
AUDIO_BUILTINS = ["AMAZON.PauseIntent", "AMAZON.ResumeIntent", "AMAZON.LoopOnIntent", "AMAZON.LoopOffIntent"]


def alexa_pkg(root, inv, name, loc, desc, category, policy=None, child=False, perms=(), intents=(), types=None,
              audio=False, phrases=None, extra_locales=None, summary=None, lambda_src=None, keywords=()):
    locs = {loc: (inv, name, desc, phrases, summary)}
    for l2, v in (extra_locales or {}).items():
        locs[l2] = v
    pub = {}
    for l2, (inv2, name2, desc2, ph2, sm2) in locs.items():
        pub[l2] = {"summary": sm2 or desc2.split(". ")[0][:160], "examplePhrases": ph2 or [f"Alexa, open {inv2}"],
                   "keywords": list(keywords), "name": name2, "description": desc2,
                   "smallIconUri": "https://s3.amazonaws.com/CAPS-SSE/echo_developer/" + _hex(root, "i", n=4).lower() + "/APP_ICON?versionId=small",
                   "largeIconUri": "https://s3.amazonaws.com/CAPS-SSE/echo_developer/" + _hex(root, "i", n=4).lower() + "/APP_ICON_LARGE?versionId=large"}
    pc = {"allowsPurchases": False, "usesPersonalInfo": bool(perms), "isChildDirected": child, "isExportCompliant": True,
          "containsAds": False}
    if policy:
        pc["locales"] = {l2: {"privacyPolicyUrl": policy, "termsOfUseUrl": policy.rsplit("/", 1)[0] + "/terms"} for l2 in locs}
    custom = {"endpoint": {"uri": "arn:aws:lambda:eu-west-1:48392015:function:" + os.path.basename(root)[4:]}}
    if audio:
        custom["interfaces"] = [{"type": "AUDIO_PLAYER"}]
    man = {"manifest": {"publishingInformation": {"locales": pub, "isAvailableWorldwide": False, "testingInstructions": "Open the skill and follow the prompts.",
                                                  "category": category, "distributionCountries": [], "automaticDistribution": {"isActive": False}},
                        "apis": {"custom": custom}, "manifestVersion": "1.0", "privacyAndCompliance": pc}}
    if perms:
        man["manifest"]["permissions"] = [{"name": p} for p in perms]
    _j(os.path.join(root, "skill-package", "skill.json"), man)
    for l2, (inv2, *_r) in locs.items():
        ints = []
        for it in intents:
            n, samples, slots = (it + ({},))[:3] if len(it) == 2 else it
            d = {"name": n, "slots": [{"name": k, "type": v} for k, v in slots.items()], "samples": list(samples)}
            ints.append(d)
        for b in BUILTINS + (AUDIO_BUILTINS if audio else []):
            if b not in [x["name"] for x in ints]:
                ints.append({"name": b, "samples": []})
        lm = {"invocationName": inv2, "intents": ints,
              "types": [{"name": t, "values": [{"name": {"value": v[0], "synonyms": list(v[1:])}} if isinstance(v, tuple) else {"name": {"value": v}} for v in vals]}
                        for t, vals in (types or {}).items()]}
        _j(os.path.join(root, "skill-package", "interactionModels", "custom", l2 + ".json"), {"interactionModel": {"languageModel": lm}})
    _j(os.path.join(root, "ask-resources.json"), {"askcliResourcesVersion": "2020-03-31", "profiles": {"default": {
        "skillMetadata": {"src": "./skill-package"}, "code": {"default": {"src": "./lambda"}},
        "skillInfrastructure": {"type": "@ask-cli/lambda-deployer", "userConfig": {"runtime": "nodejs18.x", "handler": "index.handler"}}}}})
    if lambda_src:
        _w(os.path.join(root, "lambda", "index.js"), lambda_src)


# ---------------------------------------------------------------- Google projects
def _yaml_scalar(v):
    return json.dumps(v, ensure_ascii=False)


def builder_pkg(root, name, lang, invocation, policy, intents, scenes, types=None, category="HEALTH_AND_FITNESS", desc=""):
    ls = [f"displayName: {_yaml_scalar(name)}", f"pronunciation: {_yaml_scalar(invocation)}",
          f"fullDescription: {_yaml_scalar(desc)}", f"shortDescription: {_yaml_scalar(desc.split('. ')[0][:80])}",
          "developerName: \"Hollow Reed Studio\"", "developerEmail: \"dev@hollowreed.example\""]
    if policy:
        ls.append(f"privacyPolicyUrl: {_yaml_scalar(policy)}")
    _w(os.path.join(root, "sdk", "settings", "settings.yaml"),
       f"category: {category}\ndefaultLocale: {lang}\nprojectId: {os.path.basename(root)[4:]}\nlocalizedSettings:\n" + "".join("  " + l + "\n" for l in ls))
    _w(os.path.join(root, "sdk", "manifest.yaml"), "version: \"1.0\"\n")
    _w(os.path.join(root, "sdk", "actions", "actions.yaml"),
       "actions:\n  actions.intent.MAIN:\n    handler:\n      webhookHandler: main\n    fulfillment: {}\n")
    _w(os.path.join(root, "sdk", "webhooks", "ActionsOnGoogleFulfillment.yaml"),
       "handlers:\n- name: main\n" + "".join(f"- name: {h}\n" for s in scenes.values() for h in s.get("handlers", [])) +
       "httpsEndpoint:\n  baseUrl: https://europe-west1-" + os.path.basename(root)[4:] + ".cloudfunctions.net/ActionsOnGoogleFulfillment\n")
    for n, (phrases, params) in intents.items():
        y = "trainingPhrases:\n" + "".join(f"- {_yaml_scalar(p)}\n" for p in phrases)
        if params:
            y = "parameters:\n" + "".join(f"- name: {k}\n  type:\n    name: {v}\n" for k, v in params.items()) + y
        _w(os.path.join(root, "sdk", "custom", "intents", n + ".yaml"), y)
    for n, vals in (types or {}).items():
        _w(os.path.join(root, "sdk", "custom", "types", n + ".yaml"),
           "synonym:\n  entities:\n" + "".join(f"    {_yaml_scalar(v)}:\n      synonyms:\n      - {_yaml_scalar(v)}\n" for v in vals) + "  matchType: EXACT_MATCH\n")
    for n, s in scenes.items():
        y = ""
        if s.get("on_enter"):
            y += f"onEnter:\n  webhookHandler: {s['on_enter']}\n"
        ie = s.get("intents", {})
        if ie:
            y += "intentEvents:\n"
            for it, (handler, nxt) in ie.items():
                y += f"- intent: {it}\n  handler:\n    webhookHandler: {handler}\n"
                if nxt:
                    y += f"  transitionToScene: {nxt}\n"
        ni = s.get("no_input")
        if ni is not None:
            y += "intentEvents:\n" if not ie else ""
            for k in (1, 2):
                y += f"- intent: actions.intent.NO_INPUT_{k}\n  handler:\n" + (f"    webhookHandler: {s['no_input_webhook']}\n" if s.get("no_input_webhook") else "") + f"    staticPrompt:\n      candidates:\n      - promptResponse:\n          firstSimple:\n            variants:\n            - speech: {_yaml_scalar(ni)}\n"
            y += "- intent: actions.intent.NO_INPUT_FINAL\n  handler:\n    staticPrompt:\n      candidates:\n      - promptResponse:\n          firstSimple:\n            variants:\n            - speech: " + _yaml_scalar(s.get("no_input_final", ni)) + "\n"
            if s.get("no_input_final_end", True):
                y += "  transitionToScene: actions.scene.END_CONVERSATION\n"
        _w(os.path.join(root, "sdk", "custom", "scenes", n + ".yaml"), y)


def sdkv2_pkg(root, lang, invocation_patterns, actions, conv, types=None):
    acts = [{"description": "Default Welcome Intent", "name": "MAIN", "fulfillment": {"conversationName": conv},
             "intent": {"name": "actions.intent.MAIN", "trigger": {"queryPatterns": invocation_patterns}}}]
    for n, (patterns, params) in actions.items():
        acts.append({"description": n, "name": n, "fulfillment": {"conversationName": conv},
                     "intent": {"name": n, "parameters": [{"name": k, "type": v} for k, v in params.items()],
                                "trigger": {"queryPatterns": patterns}}})
    doc = {"locale": lang, "actions": acts,
           "conversations": {conv: {"name": conv, "url": f"https://{conv}.example-functions.net/fulfillment", "fulfillmentApiVersion": 2}}}
    if types:
        doc["types"] = [{"name": t, "entities": [{"key": v, "synonyms": [v]} for v in vals], "isUserDefined": False} for t, vals in types.items()]
    _j(os.path.join(root, "action.json"), doc)


def dialogflow_pkg(root, name, lang, desc, intents, entities=None):
    _j(os.path.join(root, "agent.json"), {"description": desc, "language": lang, "shortDescription": "", "examples": "", "linkToDocs": "",
                                          "disableInteractionLogs": False, "disableStackdriverLogs": True,
                                          "googleAssistant": {"googleAssistantCompatible": True, "project": os.path.basename(root)[4:],
                                                              "welcomeIntentSignInRequired": False, "startIntents": [], "systemIntents": [],
                                                              "endIntentIds": [], "oAuthLinking": {"required": False, "grantType": "AUTH_CODE_GRANT"},
                                                              "voiceType": "MALE_1", "capabilities": [], "env": "", "protocolVersion": "V2",
                                                              "autoPreviewEnabled": False, "isDeviceAgent": False},
                                          "defaultTimezone": "Europe/Paris", "webhook": {"url": "https://df-" + os.path.basename(root)[4:] + ".example-run.app/webhook",
                                                                                        "username": "", "headers": {}, "available": True,
                                                                                        "useForDomains": False, "cloudFunctionsEnabled": False,
                                                                                        "cloudFunctionsInitialized": False},
                                          "isPrivate": True, "mlMinConfidence": 0.3, "supportedLanguages": [], "enableOnePlatformResponses": True,
                                          "onePlatformApiVersion": "v2beta1", "analyzeQueryTextSentiment": False, "enabledKnowledgeBaseNames": [],
                                          "knowledgeServiceConfidenceAdjustment": 0.0, "dialogBuilderMode": False, "baseActionPackagesUrl": "",
                                          "enableSpellCorrection": False})
    _j(os.path.join(root, "package.json"), {"version": "1.0.0"})
    for n, d in intents.items():
        params = [{"id": _uid(root, n, k), "name": k, "required": False, "dataType": v, "value": "$" + k, "defaultValue": "",
                   "isList": False, "prompts": [], "promptMessages": [], "noMatchPromptMessages": [], "noInputPromptMessages": [],
                   "outputDialogContexts": []} for k, v in d.get("params", {}).items()]
        _j(os.path.join(root, "intents", n + ".json"),
           {"id": _uid(root, n), "name": n, "auto": True, "contexts": [], "responses": [
               {"resetContexts": False, "action": d.get("action", ""), "affectedContexts": [], "parameters": params,
                "messages": [{"type": "0", "title": "", "textToSpeech": "", "lang": lang, "condition": "", "speech": d.get("static", [])}],
                "speech": []}], "priority": 500000, "webhookUsed": True, "webhookForSlotFilling": False,
            "fallbackIntent": d.get("fallback", False), "events": [{"name": e} for e in d.get("events", [])],
            "conditionalResponses": [], "condition": "", "conditionalFollowupEvents": []})
        says = []
        for phrase in d.get("says", []):
            data = []
            for part in phrase:
                if isinstance(part, tuple):
                    data.append({"text": part[0], "meta": part[1], "alias": part[2], "userDefined": True})
                else:
                    data.append({"text": part, "userDefined": False})
            says.append({"id": _uid(root, n, json.dumps(phrase, ensure_ascii=False)), "data": data, "isTemplate": False, "count": 0, "lang": lang, "updated": 0})
        if says:
            _j(os.path.join(root, "intents", f"{n}_usersays_{lang}.json"), says)
    for n, vals in (entities or {}).items():
        _j(os.path.join(root, "entities", n + ".json"), {"id": _uid(root, n), "name": n, "isOverridable": True, "isEnum": False, "isRegexp": False,
                                                         "automatedExpansion": False, "allowFuzzyExtraction": False})
        _j(os.path.join(root, "entities", f"{n}_entries_{lang}.json"), [{"value": v, "synonyms": [v]} for v in vals])


# ---------------------------------------------------------------- Google recordings
def g_turn(u, intent, speech, no_input=None, expect=True, params=None, perm=None, scene=None, next_scene=None, handler=None, card=None, media=None):
    return dict(u=u, intent=intent, speech=speech, no_input=no_input, expect=expect, params=params or {}, perm=perm,
                scene=scene, next_scene=next_scene, handler=handler, card=card, media=media)


def _gtime(base, i):
    return (datetime.fromisoformat(base) + timedelta(seconds=11 * i)).strftime("%Y-%m-%dT%H:%M:%SZ")


def w_gactions_conversation(path, turns, lang, conv, base="2026-02-11T22:05:00"):
    cid = str(abs(hash(conv)) % 10 ** 13).rjust(13, "1")
    out = []
    for i, t in enumerate(turns):
        inp = {"intent": t["intent"], "rawInputs": [{"inputType": "VOICE", "query": t["u"] or ""}]}
        if t["params"]:
            inp["arguments"] = [{"name": k, "rawText": v, "textValue": v} for k, v in t["params"].items()]
        req = {"user": {"locale": lang, "lastSeen": _gtime(base, i), "userVerificationStatus": "VERIFIED"},
               "conversation": {"conversationId": cid, "type": "NEW" if i == 0 else "ACTIVE", "conversationToken": "[]"},
               "inputs": [inp], "surface": {"capabilities": [{"name": "actions.capability.AUDIO_OUTPUT"}, {"name": "actions.capability.MEDIA_RESPONSE_AUDIO"}]},
               "isInSandbox": True, "availableSurfaces": []}
        items = [{"simpleResponse": {"textToSpeech": _ssml(t["speech"]) if "<" in t["speech"] else t["speech"]}}]
        if t["card"]:
            items.append({"basicCard": {"title": t["card"][0], "formattedText": t["card"][1]}})
        if t["media"]:
            items.append({"mediaResponse": {"mediaType": "AUDIO", "mediaObjects": [{"name": t["media"][0], "contentUrl": t["media"][1]}]}})
        resp = {"expectUserResponse": t["expect"]}
        if t["expect"]:
            resp["expectedInputs"] = [{"inputPrompt": {"richInitialPrompt": {"items": items}}, "possibleIntents": [{"intent": "actions.intent.TEXT"}]}]
            if t["no_input"] is not None:
                resp["expectedInputs"][0]["inputPrompt"]["noInputPrompts"] = [{"ssml": _ssml(x)} if "<" in x else {"textToSpeech": x} for x in t["no_input"]]
            if t["perm"]:
                resp["expectedInputs"][0]["possibleIntents"] = [{"intent": "actions.intent.PERMISSION", "inputValueData": {
                    "@type": "type.googleapis.com/google.actions.v2.PermissionValueSpec", "optContext": t["perm"][0], "permissions": t["perm"][1]}}]
        else:
            resp["finalResponse"] = {"richResponse": {"items": items}}
        resp["conversationToken"] = "[]"
        out.append({"request": req, "response": resp})
    _j(path, out)


def w_dialogflow_webhook(path, turns, lang, project, base="2026-01-20T20:15:00"):
    sess = f"projects/{project}/agent/sessions/ABwppHF{_hex(project, n=20)}"
    out = []
    for i, t in enumerate(turns):
        req = {"responseId": _uid(project, i) + "-e1ec3d8c", "session": sess,
               "queryResult": {"queryText": t["u"] or "GOOGLE_ASSISTANT_WELCOME", "parameters": t["params"], "allRequiredParamsPresent": True,
                               "fulfillmentMessages": [{"text": {"text": [""]}}],
                               "intent": {"name": f"projects/{project}/agent/intents/{_uid(project, t['intent'])}", "displayName": t["intent"]},
                               "intentDetectionConfidence": 1, "languageCode": lang},
               "originalDetectIntentRequest": {"source": "google", "version": "2", "payload": {
                   "user": {"locale": lang, "userVerificationStatus": "VERIFIED"},
                   "conversation": {"conversationId": "ABwppHF" + _hex(project, n=20), "type": "NEW" if i == 0 else "ACTIVE"},
                   "inputs": [{"intent": "actions.intent.MAIN" if i == 0 else "actions.intent.TEXT", "rawInputs": [{"inputType": "VOICE", "query": t["u"] or ""}]}],
                   "surface": {"capabilities": [{"name": "actions.capability.AUDIO_OUTPUT"}]}, "isInSandbox": True}}}
        items = [{"simpleResponse": {"textToSpeech": _ssml(t["speech"]) if "<" in t["speech"] else t["speech"]}}]
        if t["card"]:
            items.append({"basicCard": {"title": t["card"][0], "formattedText": t["card"][1]}})
        g = {"expectUserResponse": t["expect"], "richResponse": {"items": items}}
        if t["no_input"] is not None:
            g["noInputPrompts"] = [{"ssml": _ssml(x)} if "<" in x else {"textToSpeech": x} for x in t["no_input"]]
        if t["perm"]:
            g["systemIntent"] = {"intent": "actions.intent.PERMISSION", "data": {"@type": "type.googleapis.com/google.actions.v2.PermissionValueSpec",
                                                                               "optContext": t["perm"][0], "permissions": t["perm"][1]}}
        out.append({"webhookRequest": req, "webhookResponse": {"payload": {"google": g}, "fulfillmentText": _strip(t["speech"])}})
    _j(path, out)


def w_gactions_scene(path, turns, lang, project, base="2026-02-02T21:00:00"):
    sid = "ABwppHG" + _hex(project, "s", n=24)
    out = []
    for i, t in enumerate(turns):
        req = {"handler": {"name": t["handler"] or "main"},
               "intent": {"name": t["intent"], "params": {k: {"original": v, "resolved": v} for k, v in t["params"].items()}, "query": t["u"] or ""},
               "scene": {"name": t["scene"] or "actions.scene.START_CONVERSATION", "slotFillingStatus": "UNSPECIFIED", "slots": {}},
               "session": {"id": sid, "params": {}, "typeOverrides": [], "languageCode": lang},
               "user": {"locale": lang, "params": {}, "accountLinkingStatus": "ACCOUNT_LINKING_STATUS_UNSPECIFIED",
                        "verificationStatus": "VERIFIED", "packageEntitlements": [], "gaiamint": "", "permissions": [],
                        "lastSeenTime": _gtime(base, i), "engagement": {}},
               "home": {"params": {}}, "device": {"capabilities": ["SPEECH", "RICH_RESPONSE", "LONG_FORM_AUDIO"], "timeZone": {"id": "Europe/Berlin"}}}
        resp = {"session": {"id": sid, "params": {}, "languageCode": ""},
                "prompt": {"override": False, "firstSimple": {"speech": t["speech"], "text": _strip(t["speech"])}}}
        if t["card"]:
            resp["prompt"]["content"] = {"card": {"title": t["card"][0], "text": t["card"][1]}}
        if t["media"]:
            resp["prompt"]["content"] = {"media": {"mediaType": "AUDIO", "optionalMediaControls": ["PAUSED", "STOPPED"],
                                                   "mediaObjects": [{"name": t["media"][0], "url": t["media"][1]}]}}
        if t["next_scene"]:
            resp["scene"] = {"name": t["scene"] or "", "slots": {}, "next": {"name": t["next_scene"]}}
        out.append({"request": req, "response": resp})
    _j(path, out)
