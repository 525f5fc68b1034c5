"""Helpers for set 96: builds skill projects and recordings in many shapes.
All case content (names, speech, samples) is written by hand in cases_*.py."""
import csv, hashlib, json, os, uuid, datetime

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CASES = os.path.join(ROOT, "cases")
LABELS = {}


def hid(*parts, n=32):
    return hashlib.sha1("|".join(map(str, parts)).encode()).hexdigest()[:n]


def guid(*parts):
    h = hid(*parts)
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}"


def write(cid, rel, data, raw=False):
    p = os.path.join(CASES, cid, rel)
    os.makedirs(os.path.dirname(p), exist_ok=True)
    with open(p, "w", encoding="utf-8") as f:
        if raw:
            f.write(data)
        else:
            json.dump(data, f, ensure_ascii=False, indent=2)
            f.write("\n")


def label(cid, cats, locale, shapes, why):
    LABELS[cid] = {"categories": sorted(cats), "locale": locale, "shapes": shapes, "why": why}


# ---------------------------------------------------------------- Alexa package
BUILTINS = ["AMAZON.CancelIntent", "AMAZON.HelpIntent", "AMAZON.StopIntent", "AMAZON.NavigateHomeIntent",
            "AMAZON.FallbackIntent"]
PERM = {"address": "alexa::devices:all:address:full:read", "zip": "alexa::devices:all:address:country_and_postal_code:read",
        "name": "alexa::profile:name:read", "given_name": "alexa::profile:given_name:read",
        "email": "alexa::profile:email:read", "phone": "alexa::profile:mobile_number:read",
        "geo": "alexa::devices:all:geolocation:read", "list_read": "alexa::household:lists:read",
        "list_write": "alexa::household:lists:write"}


def alexa_package(cid, locale, name, inv, intents, types=(), perms=(), policy=True, child=False,
                  category="FOOD_AND_DRINK", summary="", phrases=None, extra_locales=(), code=None,
                  purchases=False):
    locs = [locale] + list(extra_locales)
    pub = {}
    for l in locs:
        pub[l] = {"summary": summary[:160], "examplePhrases": phrases or [f"Alexa, open {inv}"],
                  "keywords": [], "name": name, "description": summary,
                  "smallIconUri": f"https://s3.amazonaws.com/CAPS-SSE/echo_developer/{hid(cid, 'i', n=4)}/APP_ICON?versionId=small",
                  "largeIconUri": f"https://s3.amazonaws.com/CAPS-SSE/echo_developer/{hid(cid, 'i', n=4)}/APP_ICON_LARGE?versionId=large"}
    priv = {"allowsPurchases": purchases, "usesPersonalInfo": bool(perms), "isChildDirected": child,
            "isExportCompliant": True, "containsAds": False}
    if policy:
        dom = name.lower().replace(" ", "").replace("'", "")[:18]
        priv["locales"] = {l: {"privacyPolicyUrl": f"https://www.{dom}.example.com/privacy",
                               "termsOfUseUrl": f"https://www.{dom}.example.com/terms"} for l in locs}
    m = {"manifest": {"publishingInformation": {"locales": pub, "isAvailableWorldwide": False,
                                                "testingInstructions": "Open the skill and follow the prompts.",
                                                "category": category,
                                                "distributionCountries": [l.split("-")[1] for l in locs]},
                      "apis": {"custom": {"endpoint": {"uri": f"arn:aws:lambda:us-east-1:{int(hid(cid, n=8), 16) % 10**12:012d}:function:{cid[6:]}"}}},
                      "manifestVersion": "1.0", "privacyAndCompliance": priv}}
    if perms:
        m["manifest"]["permissions"] = [{"name": PERM[p]} for p in perms]
    write(cid, "skill-package/skill.json", m)
    model_intents = []
    for it in intents:
        nm, samples = it[0], it[1]
        slots = it[2] if len(it) > 2 else {}
        model_intents.append({"name": nm, "slots": [{"name": k, "type": v} for k, v in slots.items()], "samples": samples})
    for b in BUILTINS:
        if not any(i["name"] == b for i in model_intents):
            model_intents.append({"name": b, "samples": []})
    tlist = [{"name": t, "values": [{"name": {"value": v}} for v in vals]} for t, vals in types]
    for l in locs:
        write(cid, f"skill-package/interactionModels/custom/{l}.json",
              {"interactionModel": {"languageModel": {"invocationName": inv, "intents": model_intents, "types": tlist}}})
    write(cid, "ask-resources.json", {"askcliResourcesVersion": "2020-03-31", "profiles": {"default": {
        "skillMetadata": {"src": "./skill-package"},
        "code": {"default": {"src": "./lambda"}},
        "skillInfrastructure": {"userConfig": {"runtime": "nodejs18.x", "handler": "index.handler"},
                                "type": "@ask-cli/lambda-deployer"}}}})
    if code:
        write(cid, "lambda/index.js", code, raw=True)


# ---------------------------------------------------------------- Alexa requests / responses
def speech(text):
    if text is None:
        return None
    if text.startswith("<speak>"):
        return {"type": "SSML", "ssml": text}
    return {"type": "PlainText", "text": text}


def response(say, reprompt=None, end=True, directives=None, card=None):
    r = {}
    if say is not None:
        r["outputSpeech"] = speech(say)
    if card:
        r["card"] = {"type": "Simple", "title": card[0], "content": card[1]}
    if reprompt is not None:
        r["reprompt"] = {"outputSpeech": speech(reprompt)}
    if directives:
        r["directives"] = directives
    if end is not None:
        r["shouldEndSession"] = end
    return {"version": "1.0", "sessionAttributes": {}, "userAgent": "ask-node/2.14.0 Node/v18.19.0", "response": r}


def alexa_turns(cid, locale, turns, start="2025-03-04T18:00:00", tag="a", perms=()):
    """turns: list of (utterance, intent, slots, say, reprompt, end[, extra]) -> list of dicts."""
    app = f"amzn1.ask.skill.{guid(cid, 'app')}"
    user = "amzn1.ask.account.AF" + hid(cid, "user", n=40).upper()
    dev = "amzn1.ask.device.AG" + hid(cid, "dev", n=40).upper()
    t0 = datetime.datetime.fromisoformat(start)
    out, sess_no, new = [], 0, True
    for i, t in enumerate(turns):
        utt, intent, slots, say, rep, end = t[:6]
        ts = (t0 + datetime.timedelta(seconds=17 * i + (40 * sess_no))).strftime("%Y-%m-%dT%H:%M:%SZ")
        sid = f"amzn1.echo-api.session.{guid(cid, tag, 's', sess_no)}"
        rid = f"amzn1.echo-api.request.{guid(cid, tag, 'r', i)}"
        if intent == "LAUNCH":
            body = {"type": "LaunchRequest", "requestId": rid, "locale": locale, "timestamp": ts}
        elif intent == "END":
            body = {"type": "SessionEndedRequest", "requestId": rid, "locale": locale, "timestamp": ts, "reason": "USER_INITIATED"}
        else:
            body = {"type": "IntentRequest", "requestId": rid, "locale": locale, "timestamp": ts,
                    "intent": {"name": intent, "confirmationStatus": "NONE",
                               "slots": {k: {"name": k, "value": v, "confirmationStatus": "NONE", "source": "USER"} for k, v in (slots or {}).items()}}}
        system = {"application": {"applicationId": app}, "user": {"userId": user},
                  "device": {"deviceId": dev, "supportedInterfaces": {}},
                  "apiEndpoint": "https://api.amazonalexa.com", "apiAccessToken": "eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiIsImtpZCI6IjEifQ.REDACTED"}
        if perms:
            system["user"]["permissions"] = {"consentToken": "eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.REDACTED"}
        req = {"version": "1.0",
               "session": {"new": new, "sessionId": sid, "application": {"applicationId": app},
                           "attributes": {}, "user": {"userId": user}},
               "context": {"System": system}, "request": body}
        resp = response(say, rep, end, *(t[6:7] or []))
        out.append({"utter": utt, "req": req, "resp": resp, "ts": ts, "sid": sid, "rid": rid, "say": say,
                    "rep": rep, "end": end, "intent": intent, "app": app, "locale": locale})
        new = bool(end) or intent == "END"
        if new:
            sess_no += 1
    return out


# ---------------------------------------------------------------- recording shapes (Alexa)
def rec_envelope(cid, folder, tr):
    for i, t in enumerate(tr):
        write(cid, f"{folder}/{i + 1:02d}-{t['intent'].split('.')[-1].lower()}.json", t["resp"])


def rec_pairs_jsonl(cid, path, tr):
    write(cid, path, "".join(json.dumps({"request": t["req"], "response": t["resp"]}, ensure_ascii=False) + "\n" for t in tr), raw=True)


def rec_pairs_array(cid, path, tr):
    write(cid, path, [{"request": t["req"], "response": t["resp"]} for t in tr])


def rec_smapi_sim(cid, folder, tr, single=None):
    allres = []
    for i, t in enumerate(tr):
        allres.append({
            "id": guid(cid, "sim", i), "status": "SUCCESSFUL",
            "result": {"alexaExecutionInfo": {"alexaResponses": [{"type": "Speech", "content": {"caption": _plain(t["say"])}}],
                                              "considerdIntents": []},
                       "skillExecutionInfo": {"invocations": [{
                           "invocationRequest": {"endpoint": t["req"]["context"]["System"]["application"]["applicationId"] and "arn:aws:lambda:us-east-1:000000000000:function:" + cid[6:], "body": t["req"]},
                           "invocationResponse": {"body": t["resp"]},
                           "metrics": {"skillExecutionTimeInMilliseconds": 80 + i}}]},
                       "error": None}})
    if single:
        write(cid, f"{folder}/{single}", allres)
    else:
        for i, r in enumerate(allres):
            write(cid, f"{folder}/simulation-{i + 1:02d}.json", r)


def rec_smapi_invoke(cid, folder, tr):
    for i, t in enumerate(tr):
        write(cid, f"{folder}/invoke-{i + 1:02d}.json", {
            "id": guid(cid, "inv", i), "status": "SUCCESSFUL",
            "result": {"skillExecutionInfo": {
                "invocationRequest": {"endpoint": "arn:aws:lambda:us-east-1:000000000000:function:" + cid[6:], "body": t["req"]},
                "invocationResponse": {"body": t["resp"]}, "metrics": {"skillExecutionTimeInMilliseconds": 112}},
                "error": None}})


def _plain(s):
    import re
    if s is None:
        return ""
    return re.sub(r"<[^>]+>", "", s).strip()


def rec_ask_dialog(cid, folder, tr, text_record=False):
    loc = tr[0]["locale"]
    write(cid, f"{folder}/replay.json", {"skillId": tr[0]["app"], "locale": loc, "type": "text",
                                         "userInput": [t["utter"] for t in tr]})
    if text_record:
        lines = []
        for t in tr:
            lines.append(f"User  > {t['utter']}")
            lines.append(f"Alexa > {_plain(t['say'])}")
        write(cid, f"{folder}/replay-output.txt", "\n".join(lines) + "\n", raw=True)
    else:
        write(cid, f"{folder}/replay-output.json", [{"utterance": t["utter"], "invocations": [
            {"invocationRequest": {"endpoint": "arn:aws:lambda:us-east-1:000000000000:function:" + cid[6:], "body": t["req"]},
             "invocationResponse": {"body": t["resp"]}}]} for t in tr])


def rec_cloudwatch_text(cid, path, tr, python=False):
    lines = []
    for t in tr:
        lid = guid(cid, "lambda", t["rid"])
        lines.append(f"START RequestId: {lid} Version: $LATEST")
        if python:
            t = dict(t, resp=dict(t["resp"], userAgent="ask-python-sdk/1.19.0 Python/3.11.6"))
            lines.append(f"[INFO]\t{t['ts'][:-1]}.101Z\t{lid}\tRequest: {json.dumps(t['req'], ensure_ascii=False)}")
            lines.append(f"[INFO]\t{t['ts'][:-1]}.187Z\t{lid}\tResponse: {json.dumps(t['resp'], ensure_ascii=False)}")
        else:
            lines.append(f"{t['ts'][:-1]}.101Z\t{lid}\tINFO\tRequest: {json.dumps(t['req'], ensure_ascii=False)}")
            lines.append(f"{t['ts'][:-1]}.187Z\t{lid}\tINFO\tResponse: {json.dumps(t['resp'], ensure_ascii=False)}")
        lines.append(f"END RequestId: {lid}")
        lines.append(f"REPORT RequestId: {lid}\tDuration: 86.40 ms\tBilled Duration: 87 ms\tMemory Size: 256 MB\tMax Memory Used: 92 MB")
    write(cid, path, "\n".join(lines) + "\n", raw=True)


def rec_cloudwatch_json(cid, path, tr):
    ev = []
    for i, t in enumerate(tr):
        lid = guid(cid, "lambda", t["rid"])
        ms = int(datetime.datetime.fromisoformat(t["ts"][:-1]).replace(tzinfo=datetime.timezone.utc).timestamp() * 1000)
        for k, (kw, obj) in enumerate((("Request", t["req"]), ("Response", t["resp"]))):
            ev.append({"logStreamName": "2025/03/04/[$LATEST]" + hid(cid, "stream"), "timestamp": ms + k * 90,
                       "message": f"{t['ts'][:-1]}.{101 + k * 90}Z\t{lid}\tINFO\t{kw}: {json.dumps(obj, ensure_ascii=False)}\n",
                       "ingestionTime": ms + 900, "eventId": str(37000000000000000000000000000000000000000000000000000000 + i * 2 + k)})
    write(cid, path, {"events": ev, "searchedLogStreams": []})


def rec_har(cid, path, tr, host=None):
    host = host or f"https://{cid[6:]}.example-skills.net/alexa"
    entries = []
    for t in tr:
        rq, rs = json.dumps(t["req"], ensure_ascii=False), json.dumps(t["resp"], ensure_ascii=False)
        entries.append({"startedDateTime": t["ts"].replace("Z", ".000Z"), "time": 143,
                        "request": {"method": "POST", "url": host, "httpVersion": "HTTP/1.1",
                                    "headers": [{"name": "Content-Type", "value": "application/json; charset=utf-8"},
                                                {"name": "Signature-256", "value": "REDACTED"}],
                                    "queryString": [], "cookies": [], "headersSize": -1, "bodySize": len(rq.encode()),
                                    "postData": {"mimeType": "application/json", "text": rq}},
                        "response": {"status": 200, "statusText": "OK", "httpVersion": "HTTP/1.1",
                                     "headers": [{"name": "Content-Type", "value": "application/json"}], "cookies": [],
                                     "content": {"size": len(rs.encode()), "mimeType": "application/json", "text": rs},
                                     "redirectURL": "", "headersSize": -1, "bodySize": len(rs.encode())},
                        "cache": {}, "timings": {"send": 1, "wait": 140, "receive": 2}})
    write(cid, path, {"log": {"version": "1.2", "creator": {"name": "Charles Proxy", "version": "4.6.6"}, "entries": entries}})


def rec_transcript(cid, path, tr, who="SKILL"):
    lines = [f"# QA run {tr[0]['ts'][:10]} locale={tr[0]['locale']}"]
    for t in tr:
        lines.append(f"[{t['ts'][11:19]}] USER: {t['utter']}")
        lines.append(f"[{t['ts'][11:19]}] {who}: {_plain(t['say'])}")
        if t["rep"] is not None:
            lines.append(f"[{t['ts'][11:19]}] {who} (reprompt): {_plain(t['rep'])!r}")
        lines.append(f"[{t['ts'][11:19]}] session_open={'false' if t['end'] else 'true'}")
    write(cid, path, "\n".join(lines) + "\n", raw=True)


# ---- new shapes
def rec_jest_snapshot(cid, path, tr):
    """Jest snapshot file written by ask-sdk-test / virtual-alexa unit tests."""
    parts = ["// Jest Snapshot v1, https://goo.gl/fbAQLP\n"]
    for i, t in enumerate(tr):
        body = json.dumps(t["resp"], ensure_ascii=False, indent=2).replace("`", "\\`").replace("${", "\\${")
        parts.append(f"exports[`{t['intent']} › {t['utter'].replace('`', '')} {i + 1}`] = `\n{body}\n`;\n")
    write(cid, path, "\n".join(parts), raw=True)


def _yq(s):
    return json.dumps(s, ensure_ascii=False)


def rec_bespoken_yaml(cid, path, tr):
    """Bespoken test file recorded from a passing run: each utterance with the speech and session flag it got."""
    lines = ["---", "configuration:", f"  locale: {tr[0]['locale']}", "  voiceId: Joanna" if tr[0]['locale'] == 'en-US' else "  voiceId: default",
             "", "---", f"- test: recorded run {tr[0]['ts'][:10]}"]
    for t in tr:
        u = "LaunchRequest" if t["intent"] == "LAUNCH" else t["utter"]
        lines.append(f"- {_yq(u)}:")
        lines.append(f"  - prompt: {_yq(_plain(t['say']))}")
        if t["rep"] is not None:
            key = "ssml" if t["rep"].startswith("<speak>") else "text"
            lines.append(f"  - response.reprompt.outputSpeech.{key}: {_yq(t['rep'])}")
        lines.append(f"  - response.shouldEndSession: {'true' if t['end'] else 'false'}")
    write(cid, path, "\n".join(lines) + "\n", raw=True)


def rec_postman(cid, path, tr):
    items = []
    for i, t in enumerate(tr):
        rq = json.dumps(t["req"], ensure_ascii=False, indent=2)
        req = {"method": "POST", "header": [{"key": "Content-Type", "value": "application/json"}],
               "body": {"mode": "raw", "raw": rq, "options": {"raw": {"language": "json"}}},
               "url": {"raw": "{{skillUrl}}/alexa", "host": ["{{skillUrl}}"], "path": ["alexa"]}}
        items.append({"name": f"{i + 1:02d} {t['utter']}", "request": req, "response": [{
            "name": "saved example", "originalRequest": req, "status": "OK", "code": 200, "_postman_previewlanguage": "json",
            "header": [{"key": "Content-Type", "value": "application/json"}], "cookie": [],
            "body": json.dumps(t["resp"], ensure_ascii=False, indent=2)}]})
    write(cid, path, {"info": {"_postman_id": guid(cid, "pm"), "name": f"{cid[6:]} local tests",
                               "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
                      "item": items, "variable": [{"key": "skillUrl", "value": "http://localhost:3000"}]})


def rec_pino(cid, path, tr):
    out = []
    for t in tr:
        ms = int(datetime.datetime.fromisoformat(t["ts"][:-1]).replace(tzinfo=datetime.timezone.utc).timestamp() * 1000)
        out.append({"level": 30, "time": ms, "pid": 4127, "hostname": "skill-api-7c9d", "reqId": t["rid"][-12:],
                    "msg": "incoming alexa request", "alexa": t["req"]})
        out.append({"level": 30, "time": ms + 64, "pid": 4127, "hostname": "skill-api-7c9d", "reqId": t["rid"][-12:],
                    "msg": "alexa response sent", "responseTime": 64, "alexa": t["resp"]})
    write(cid, path, "".join(json.dumps(o, ensure_ascii=False) + "\n" for o in out), raw=True)


def rec_chatlog_csv(cid, path, tr):
    rows = [["timestamp", "session_id", "turn", "author", "intent", "text", "reprompt", "session_ended"]]
    for i, t in enumerate(tr):
        rows.append([t["ts"], t["sid"][-12:], i + 1, "user", t["intent"], t["utter"], "", ""])
        rows.append([t["ts"], t["sid"][-12:], i + 1, "bot", t["intent"], _plain(t["say"]),
                     "" if t["rep"] is None else t["rep"], "true" if t["end"] else "false"])
    import io
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerows(rows)
    write(cid, path, buf.getvalue(), raw=True)


def rec_junit(cid, path, tr):
    from xml.sax.saxutils import escape
    cases = []
    for i, t in enumerate(tr):
        out = escape(json.dumps({"request": t["req"]["request"], "response": t["resp"]}, ensure_ascii=False))
        cases.append(f'    <testcase classname="dialog.{cid[6:]}" name="{escape(t["utter"])}" time="0.{80 + i}">\n'
                     f'      <system-out>{out}</system-out>\n    </testcase>')
    x = (f'<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="skill dialog tests" tests="{len(tr)}" failures="0">\n'
         f'  <testsuite name="{cid[6:]}" tests="{len(tr)}" failures="0" timestamp="{tr[0]["ts"][:-1]}">\n'
         + "\n".join(cases) + "\n  </testsuite>\n</testsuites>\n")
    write(cid, path, x, raw=True)


def rec_markdown(cid, path, tr, title="Manual QA"):
    lines = [f"# {title} — {tr[0]['ts'][:10]} ({tr[0]['locale']}, Echo Dot 5th gen)", "",
             "| # | user said | skill said | reprompt | mic open after? |", "|---|---|---|---|---|"]
    for i, t in enumerate(tr):
        rp = "—" if t["rep"] is None else "`" + t["rep"].replace("|", "\\|") + "`"
        lines.append(f"| {i + 1} | {t['utter']} | {_plain(t['say']).replace('|', '/')} | {rp} | {'no' if t['end'] else 'yes'} |")
    write(cid, path, "\n".join(lines) + "\n", raw=True)


SHAPES = {"envelope": rec_envelope, "pairs-jsonl": rec_pairs_jsonl, "pairs-array": rec_pairs_array,
          "smapi-simulation": rec_smapi_sim, "smapi-invocation": rec_smapi_invoke, "ask-dialog": rec_ask_dialog,
          "cloudwatch-text": rec_cloudwatch_text, "cloudwatch-json": rec_cloudwatch_json, "har": rec_har,
          "transcript": rec_transcript, "jest-snapshot": rec_jest_snapshot, "bespoken-yaml": rec_bespoken_yaml,
          "postman-collection": rec_postman, "pino-jsonl": rec_pino, "chatlog-csv": rec_chatlog_csv,
          "junit-xml": rec_junit, "markdown-qa": rec_markdown}
DEFAULT_PATH = {"envelope": "test/responses", "pairs-jsonl": "logs/session-capture.jsonl", "pairs-array": "qa/pairs.json",
                "smapi-simulation": "simulations", "smapi-invocation": "invocations", "ask-dialog": "dialog",
                "cloudwatch-text": "logs/cloudwatch-export.log", "cloudwatch-json": "logs/filter-log-events.json",
                "har": "captures/endpoint.har", "transcript": "qa/transcript.txt",
                "jest-snapshot": "lambda/__tests__/__snapshots__/dialog.test.js.snap",
                "bespoken-yaml": "test/e2e/recorded.test.yml", "postman-collection": "postman/skill.postman_collection.json",
                "pino-jsonl": "server/logs/app.log.jsonl", "chatlog-csv": "analytics/conversations.csv",
                "junit-xml": "reports/junit.xml", "markdown-qa": "docs/qa-notes.md"}


def A(cid, locale, name, inv, intents, turns, cats, why, shape="pairs-jsonl", path=None, types=(), perms=(),
      policy=True, child=False, summary="", turns2=None, path2=None, start2="2025-08-19T19:30:00", shape2=None,
      shape_kw=None, **kw):
    alexa_package(cid, locale, name, inv, intents, types, perms, policy, child, summary=summary or name, **kw)
    tr = alexa_turns(cid, locale, turns, perms=perms)
    SHAPES[shape](cid, path or DEFAULT_PATH[shape], tr, **(shape_kw or {}))
    shapes = [shape]
    if turns2:
        tr2 = alexa_turns(cid, locale, turns2, start=start2, tag="b", perms=perms)
        s2 = shape2 or shape
        SHAPES[s2](cid, path2, tr2)
        if s2 not in shapes:
            shapes.append(s2)
    label(cid, cats, locale, shapes, why)


# ---------------------------------------------------------------- Google
def _y(v):
    return json.dumps(v, ensure_ascii=False)


def builder_project(cid, lang, display, inv, intents, scenes, types=(), policy=True, child=False, extra_langs=()):
    s = ["defaultLocale: " + lang, "localizedSettings:", f"  displayName: {_y(display)}",
         f"  pronunciation: {_y(inv)}", "  fullDescription: " + _y(display + " for Google Assistant."),
         "  shortDescription: " + _y(display), "  developerName: Kitchen Labs", "  developerEmail: dev@kitchenlabs.example.com"]
    if policy:
        s.append(f"  privacyPolicyUrl: https://kitchenlabs.example.com/{cid[6:]}/privacy")
    s += [f"projectId: {cid[6:]}-prod", "category: FOOD_AND_DRINK", f"usesTransactionsApi: false",
          f"designedForFamily: {'true' if child else 'false'}", "localizedSettings_note: none" if False else ""]
    write(cid, "sdk/settings/settings.yaml", "\n".join(x for x in s if x) + "\n", raw=True)
    write(cid, "sdk/manifest.yaml", "version: '1.0'\n", raw=True)
    write(cid, "sdk/actions/actions.yaml", "custom:\n  actions.intent.MAIN: {}\n", raw=True)
    write(cid, "sdk/custom/global/actions.intent.MAIN.yaml", f"handler:\n  webhookHandler: main\ntransitionToScene: {next(iter(scenes))}\n", raw=True)
    for nm, phrases, params in intents:
        y = []
        if params:
            y.append("parameters:")
            for p, t in params.items():
                y += [f"- name: {p}", "  type:", f"    name: {t}"]
        y.append("trainingPhrases:")
        y += [f"- {_y(p)}" for p in phrases]
        write(cid, f"sdk/custom/intents/{nm}.yaml", "\n".join(y) + "\n", raw=True)
    for nm, body in scenes.items():
        write(cid, f"sdk/custom/scenes/{nm}.yaml", body, raw=True)
    for nm, vals in types:
        y = ["synonym:", "  entities:"]
        for v in vals:
            y += [f"    {_y(v)}:", "      synonyms:", f"      - {_y(v)}"]
        write(cid, f"sdk/custom/types/{nm}.yaml", "\n".join(y) + "\n", raw=True)
    write(cid, "sdk/webhooks/ActionsOnGoogleFulfillment.yaml",
          "handlers:\n- name: main\ninlineCloudFunction:\n  executeFunction: ActionsOnGoogleFulfillment\n", raw=True)


def scene_turns(cid, lang, turns):
    """turns: (query, intent, handler, scene, speech, end, params)"""
    out = []
    sid = "ABwppHF" + hid(cid, "gs", n=40)
    for i, t in enumerate(turns):
        q, intent, handler, scene, say, end = t[:6]
        params = t[6] if len(t) > 6 else {}
        req = {"handler": {"name": handler},
               "intent": {"name": intent, "params": {k: {"original": v, "resolved": v} for k, v in params.items()}, "query": q},
               "scene": {"name": scene, "slotFillingStatus": "UNSPECIFIED", "slots": {}},
               "session": {"id": sid, "params": {}, "typeOverrides": [], "languageCode": ""},
               "user": {"locale": lang, "params": {}, "accountLinkingStatus": "ACCOUNT_LINKING_STATUS_UNSPECIFIED",
                        "verificationStatus": "VERIFIED", "packageEntitlements": [], "gaiamint": "", "permissions": [],
                        "lastSeenTime": "2025-05-02T17:20:11Z"},
               "home": {"params": {}}, "device": {"capabilities": ["SPEECH", "RICH_RESPONSE", "LONG_FORM_AUDIO"]}}
        resp = {"session": {"id": sid, "params": {}}, "prompt": {"override": False, "firstSimple": {"speech": say, "text": _plain(say)}}}
        if end:
            resp["scene"] = {"name": scene, "slots": {}, "next": {"name": "actions.scene.END_CONVERSATION"}}
        else:
            resp["scene"] = {"name": scene, "slots": {}}
        out.append((req, resp))
    return out


def df_agent(cid, lang, name, intents, policy=True):
    write(cid, "agent.json", {"description": name, "language": lang, "shortDescription": "", "examples": "",
                              "linkToDocs": "", "disableInteractionLogs": False, "disableStackdriverLogs": True,
                              "googleAssistant": {"googleAssistantCompatible": True, "project": cid[6:],
                                                  "welcomeIntentSignInRequired": False, "startIntents": [],
                                                  "systemIntents": [], "endIntentIds": [], "oAuthLinking": {},
                                                  "voiceType": "MALE_1", "capabilities": [], "env": "",
                                                  "protocolVersion": "V2", "autoPreviewEnabled": True, "isDeviceAgent": False},
                              "defaultTimezone": "America/New_York", "webhook": {"url": f"https://{cid[6:]}.example-fn.net/webhook",
                                                                                  "available": True, "useForDomains": False},
                              "isPrivate": True, "mlMinConfidence": 0.3, "supportedLanguages": [],
                              "enableOnePlatformAPIs": True, "apiVersion": "2", "tier": "STANDARD"})
    write(cid, "package.json", {"version": "1.0.0"})
    for nm, phrases, params, resp_text, end in intents:
        iid = guid(cid, nm)
        write(cid, f"intents/{nm}.json", {"id": iid, "name": nm, "auto": True, "contexts": [], "responses": [{
            "resetContexts": False, "action": nm.lower().replace(" ", "."), "affectedContexts": [],
            "parameters": [{"id": guid(cid, nm, p), "name": p, "required": False, "dataType": t, "value": "$" + p, "isList": False}
                           for p, t in params.items()],
            "messages": [{"type": "0", "title": "", "textToSpeech": "", "lang": lang, "speech": [resp_text] if resp_text else []}],
            "speech": [], "endInteraction": end}], "priority": 500000, "webhookUsed": True, "webhookForSlotFilling": False,
            "fallbackIntent": nm == "Default Fallback Intent", "events": [{"name": "WELCOME"}] if nm == "Default Welcome Intent" else []})
        us = []
        for ph in phrases:
            data = []
            for piece in ph:
                if isinstance(piece, tuple):
                    data.append({"text": piece[0], "alias": piece[1], "meta": piece[2], "userDefined": True})
                else:
                    data.append({"text": piece, "userDefined": False})
            us.append({"id": guid(cid, nm, str(ph)), "data": data, "isTemplate": False, "count": 0, "lang": lang, "updated": 0})
        if us:
            write(cid, f"intents/{nm}_usersays_{lang}.json", us)


def df_turns(cid, lang, turns):
    """turns: (query, intentName, params, speech, expect)"""
    out = []
    conv = "ABwppHE" + hid(cid, "df", n=30)
    for i, (q, intent, params, say, expect) in enumerate(turns):
        req = {"responseId": guid(cid, "rsp", i), "session": f"projects/{cid[6:]}/agent/sessions/{conv}",
               "queryResult": {"queryText": q, "parameters": params, "allRequiredParamsPresent": True,
                               "fulfillmentMessages": [{"text": {"text": [""]}}],
                               "intent": {"name": f"projects/{cid[6:]}/agent/intents/{guid(cid, intent)}", "displayName": intent},
                               "intentDetectionConfidence": 0.87, "languageCode": lang},
               "originalDetectIntentRequest": {"source": "google", "version": "2", "payload": {
                   "user": {"locale": lang, "userVerificationStatus": "VERIFIED"},
                   "conversation": {"conversationId": conv, "type": "NEW" if i == 0 else "ACTIVE"},
                   "inputs": [{"intent": "actions.intent.TEXT" if i else "actions.intent.MAIN", "rawInputs": [{"inputType": "VOICE", "query": q}]}],
                   "surface": {"capabilities": [{"name": "actions.capability.AUDIO_OUTPUT"}, {"name": "actions.capability.MEDIA_RESPONSE_AUDIO"}]},
                   "isInSandbox": True}}}
        resp = {"payload": {"google": {"expectUserResponse": expect,
                                       "richResponse": {"items": [{"simpleResponse": {"textToSpeech": say}}]}}}}
        if not expect:
            pass
        out.append((req, resp))
    return out


def sdk2_project(cid, lang, display, actions, conv_name="main"):
    write(cid, "action.json", {"locale": lang, "actions": [
        {"description": d, "name": n, "fulfillment": {"conversationName": conv_name},
         "intent": {"name": n, **({"parameters": [{"name": p, "type": t} for p, t in params.items()]} if params else {}),
                    "trigger": {"queryPatterns": qp}}} for n, d, qp, params in actions],
        "conversations": {conv_name: {"name": conv_name, "url": f"https://{cid[6:]}.example-fn.net/conversation",
                                      "fulfillmentApiVersion": 2}},
        "manifest": {"displayName": display, "invocationName": display}})


def sdk2_turns(cid, lang, turns):
    """turns: (query, inputIntent, speech, expect, extra)  extra may hold noInputPrompts or possibleIntents"""
    out = []
    conv = hid(cid, "conv", n=19)
    for i, t in enumerate(turns):
        q, intent, say, expect = t[:4]
        extra = t[4] if len(t) > 4 else {}
        req = {"user": {"userId": "ABwppHG" + hid(cid, "u", n=30), "locale": lang, "lastSeen": "2025-04-11T09:12:03Z"},
               "conversation": {"conversationId": conv, "type": "NEW" if i == 0 else "ACTIVE", "conversationToken": "[]"},
               "inputs": [{"intent": intent, "rawInputs": [{"inputType": "VOICE", "query": q}],
                           "arguments": extra.get("arguments", [])}],
               "surface": {"capabilities": [{"name": "actions.capability.AUDIO_OUTPUT"}]},
               "isInSandbox": True, "availableSurfaces": []}
        if expect:
            resp = {"expectUserResponse": True, "expectedInputs": [{"inputPrompt": {
                "richInitialPrompt": {"items": [{"simpleResponse": {"textToSpeech": say}}]},
                "noInputPrompts": extra.get("noInput", [])},
                "possibleIntents": extra.get("possible", [{"intent": "actions.intent.TEXT"}])}]}
        else:
            resp = {"expectUserResponse": False, "finalResponse": {"richResponse": {"items": [{"simpleResponse": {"textToSpeech": say}}]}}}
        out.append((req, resp))
    return out


def write_google_pairs(cid, path, pairs, jsonl=True):
    if jsonl:
        write(cid, path, "".join(json.dumps({"request": a, "response": b}, ensure_ascii=False) + "\n" for a, b in pairs), raw=True)
    else:
        write(cid, path, [{"request": a, "response": b} for a, b in pairs])
