"""Helpers for set 92: project layouts and recording shapes. Case content lives in cases_*.py."""
import base64, hashlib, json, os, datetime

OUT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "cases")
LABELS = {}


def h(seed, n=32):
    return hashlib.sha1(seed.encode()).hexdigest()[:n]


def uuidish(seed):
    x = h(seed)
    return f"{x[:8]}-{x[8:12]}-{x[12:16]}-{x[16:20]}-{x[20:32]}"


def write(cid, rel, content):
    p = os.path.join(OUT, cid, rel)
    os.makedirs(os.path.dirname(p), exist_ok=True)
    with open(p, "w", encoding="utf-8") as f:
        if isinstance(content, (dict, list)):
            json.dump(content, f, indent=2, ensure_ascii=False)
            f.write("\n")
        else:
            f.write(content)


def label(cid, cats, locale, shapes, why):
    LABELS[cid] = {"categories": sorted(cats), "locale": locale, "shapes": shapes, "why": why}


class T:
    """One conversational turn. i: intent name or LaunchRequest; say/rp: speech or SSML; end: shouldEndSession
    (None = key omitted); s: slot dict; u: what the user said; card: optional card dict; directives: list."""

    def __init__(self, i, say, rp=None, end=None, s=None, u=None, card=None, directives=None, new=False):
        self.i, self.say, self.rp, self.end, self.s, self.u = i, say, rp, end, s or {}, u
        self.card, self.directives, self.new = card, directives, new


def speech(x):
    if x is None:
        return None
    if x.startswith("<speak>"):
        return {"type": "SSML", "ssml": x}
    return {"type": "PlainText", "text": x}


def plain(x):
    import re
    return re.sub(r"<[^>]+>", "", x or "").strip()


# ---------------------------------------------------------------- Alexa projects
PERM = {"email": "alexa::profile:email:read", "name": "alexa::profile:name:read",
        "given_name": "alexa::profile:given_name:read", "mobile": "alexa::profile:mobile_number:read",
        "address": "read::alexa:device:all:address", "postal": "read::alexa:device:all:address:country_and_postal_code",
        "geo": "alexa::devices:all:geolocation:read", "list_r": "read::alexa:household:list",
        "list_w": "write::alexa:household:list", "reminders": "alexa::alerts:reminders:skill:readwrite",
        "notifications": "alexa::devices:all:notifications:write"}


def alexa_project(cid, *, name, inv, locales, intents, types=(), summary, desc=None, phrases=None,
                  category="TRAVEL_AND_TRANSPORTATION", perms=(), privacy=None, child=False, lambda_src=None,
                  lambda_py=None, account_linking=False, extra_locale_models=None):
    loc = {}
    priv = {}
    for l in locales:
        loc[l] = {"summary": summary, "examplePhrases": phrases or [f"Alexa, open {inv}"], "keywords": [],
                  "name": name, "description": desc or summary,
                  "smallIconUri": f"https://s3.amazonaws.com/skill-assets-{h(cid, 6)}/icon-108.png",
                  "largeIconUri": f"https://s3.amazonaws.com/skill-assets-{h(cid, 6)}/icon-512.png"}
        if privacy:
            priv[l] = {"privacyPolicyUrl": privacy, "termsOfUseUrl": privacy.rsplit("/", 1)[0] + "/terms"}
    pc = {"allowsPurchases": False, "usesPersonalInfo": bool(perms), "isChildDirected": child,
          "isExportCompliant": True, "containsAds": False}
    if priv:
        pc["locales"] = priv
    m = {"manifest": {"publishingInformation": {"locales": loc, "isAvailableWorldwide": False,
                                                "distributionCountries": sorted({l.split("-")[1] for l in locales}),
                                                "testingInstructions": "Launch the skill and follow the prompts.",
                                                "category": category},
                      "apis": {"custom": {"endpoint": {"uri": f"arn:aws:lambda:us-east-1:{int(h(cid, 8), 16) % 10**12:012d}:function:{cid[6:]}"}}},
                      "manifestVersion": "1.0", "privacyAndCompliance": pc}}
    if perms:
        m["manifest"]["permissions"] = [{"name": PERM[p]} for p in perms]
    write(cid, "skill-package/skill.json", m)
    base = [{"name": "AMAZON.CancelIntent", "samples": []}, {"name": "AMAZON.HelpIntent", "samples": []},
            {"name": "AMAZON.StopIntent", "samples": []}, {"name": "AMAZON.NavigateHomeIntent", "samples": []},
            {"name": "AMAZON.FallbackIntent", "samples": []}]
    for l in locales:
        ints, tys, iv = intents, types, inv
        if extra_locale_models and l in extra_locale_models:
            iv, ints, tys = extra_locale_models[l]
        model = {"interactionModel": {"languageModel": {"invocationName": iv,
                                                         "intents": [dict(i) for i in ints] + base,
                                                         "types": [dict(t) for t in tys]}}}
        write(cid, f"skill-package/interactionModels/custom/{l}.json", model)
    write(cid, "ask-resources.json", {"askcliResourcesVersion": "2020-03-31",
                                      "profiles": {"default": {"skillMetadata": {"src": "./skill-package"},
                                                               "code": {"default": {"src": "./lambda"}},
                                                               "skillInfrastructure": {"type": "@ask-cli/lambda-deployer",
                                                                                       "userConfig": {"runtime": "python3.9" if lambda_py else "nodejs18.x",
                                                                                                      "handler": "lambda_function.lambda_handler" if lambda_py else "index.handler"}}}}})
    if lambda_src:
        write(cid, "lambda/index.js", lambda_src)
        write(cid, "lambda/package.json", {"name": cid[6:], "version": "1.0.0", "main": "index.js",
                                           "dependencies": {"ask-sdk-core": "^2.14.0", "ask-sdk-model": "^1.86.0"}})
    if lambda_py:
        write(cid, "lambda/lambda_function.py", lambda_py)
        write(cid, "lambda/requirements.txt", "ask-sdk-core==1.19.0\n")


def intent(name, samples, slots=None):
    d = {"name": name, "samples": samples}
    if slots:
        d["slots"] = [{"name": k, "type": v} for k, v in slots.items()]
    return d


def ctype(name, values):
    return {"name": name, "values": [{"name": {"value": v}} for v in values]}


# ---------------------------------------------------------------- Alexa request/response expansion
def expand(cid, turns, locale, t0="2025-03-04T08:15:00Z", tag=""):
    skill = f"amzn1.ask.skill.{uuidish(cid)}"
    user = f"amzn1.ask.account.{h(cid + 'u', 40).upper()}"
    dev = f"amzn1.ask.device.{h(cid + 'd', 40).upper()}"
    t = datetime.datetime.strptime(t0, "%Y-%m-%dT%H:%M:%SZ")
    out, sess, new, n = [], None, True, 0
    for k, tr in enumerate(turns):
        if sess is None or tr.new:
            n += 1
            sess = f"amzn1.echo-api.session.{uuidish(cid + tag + str(n))}"
            new = True
        ts = (t + datetime.timedelta(seconds=17 * k)).strftime("%Y-%m-%dT%H:%M:%SZ")
        rq = {"type": "LaunchRequest" if tr.i == "LaunchRequest" else "IntentRequest",
              "requestId": f"amzn1.echo-api.request.{uuidish(cid + tag + 'r' + str(k))}",
              "locale": locale, "timestamp": ts}
        if tr.i != "LaunchRequest":
            rq["dialogState"] = "COMPLETED" if tr.s else None
            if rq["dialogState"] is None:
                del rq["dialogState"]
            rq["intent"] = {"name": tr.i, "confirmationStatus": "NONE",
                            "slots": {k2: {"name": k2, "value": v, "confirmationStatus": "NONE", "source": "USER"}
                                      for k2, v in tr.s.items()}}
        sys_ = {"application": {"applicationId": skill}, "user": {"userId": user},
                "device": {"deviceId": dev, "supportedInterfaces": {}},
                "apiEndpoint": "https://api.amazonalexa.com", "apiAccessToken": "eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.REDACTED"}
        req = {"version": "1.0",
               "session": {"new": new, "sessionId": sess, "application": {"applicationId": skill}, "user": {"userId": user},
                           **({} if new else {"attributes": {}})},
               "context": {"System": sys_}, "request": rq}
        r = {}
        if tr.say is not None:
            r["outputSpeech"] = speech(tr.say)
        if tr.card:
            r["card"] = tr.card
        if tr.rp is not None:
            r["reprompt"] = {"outputSpeech": speech(tr.rp)}
        if tr.directives:
            r["directives"] = tr.directives
        if tr.end is not None:
            r["shouldEndSession"] = tr.end
        resp = {"version": "1.0", "sessionAttributes": {}, "userAgent": "ask-node/2.14.0 Node/v18.19.0", "response": r}
        out.append({"req": req, "resp": resp, "u": tr.u or ("open " if tr.i == "LaunchRequest" else tr.i), "ts": ts,
                    "skill": skill, "sess": sess, "turn": tr})
        new = False
        if tr.end:
            sess = None
    return out


# ---------------------------------------------------------------- set-1 shapes (Alexa)
def sh_envelope(cid, folder, turns, locale, names=None, **kw):
    for k, x in enumerate(expand(cid, turns, locale, **kw)):
        nm = names[k] if names else f"{k + 1:02d}-{x['turn'].i.replace('AMAZON.', '').lower()}.json"
        write(cid, f"{folder}/{nm}", x["resp"])


def sh_pairs_jsonl(cid, path, turns, locale, **kw):
    write(cid, path, "".join(json.dumps({"request": x["req"], "response": x["resp"]}, ensure_ascii=False) + "\n"
                             for x in expand(cid, turns, locale, **kw)))


def sh_pairs_array(cid, path, turns, locale, **kw):
    write(cid, path, [{"request": x["req"], "response": x["resp"]} for x in expand(cid, turns, locale, **kw)])


def _sim(x, locale):
    cap = plain((x["resp"]["response"].get("outputSpeech") or {}).get("ssml") or (x["resp"]["response"].get("outputSpeech") or {}).get("text") or "")
    return {"id": uuidish(x["req"]["request"]["requestId"]), "status": "SUCCESSFUL",
            "result": {"alexaExecutionInfo": {"alexaResponses": [{"type": "Speech", "content": {"caption": cap}}],
                                              "consideredIntents": [{"name": x["turn"].i, "confirmationStatus": "NONE", "slots": {}}]},
                       "skillExecutionInfo": {"invocations": [{"invocationRequest": {"endpoint": x["req"]["context"]["System"]["application"]["applicationId"].replace("amzn1.ask.skill.", "arn:aws:lambda:us-east-1:000000000000:function:"), "body": x["req"]},
                                                               "invocationResponse": {"body": x["resp"]},
                                                               "metrics": {"skillExecutionTimeInMilliseconds": 212}}]},
                       "error": None}}


def sh_smapi_sim(cid, folder, turns, locale, **kw):
    for k, x in enumerate(expand(cid, turns, locale, **kw)):
        write(cid, f"{folder}/sim-{k + 1:02d}.json", _sim(x, locale))


def sh_smapi_invoke(cid, folder, turns, locale, **kw):
    for k, x in enumerate(expand(cid, turns, locale, **kw)):
        write(cid, f"{folder}/invoke-{k + 1:02d}.json",
              {"id": uuidish(cid + "inv" + str(k)), "status": "SUCCESSFUL",
               "result": {"skillExecutionInfo": {"invocationRequest": {"endpoint": "arn:aws:lambda:us-east-1:000000000000:function:" + cid[6:], "body": x["req"]},
                                                 "invocationResponse": {"body": x["resp"]},
                                                 "metrics": {"skillExecutionTimeInMilliseconds": 188 + k}}, "error": None}})


def sh_ask_dialog(cid, folder, turns, locale, text_record=False, **kw):
    xs = expand(cid, turns, locale, **kw)
    write(cid, f"{folder}/dialog-replay.json", {"skillId": xs[0]["skill"], "locale": locale, "type": "text",
                                                "userInput": [x["u"] for x in xs]})
    if text_record:
        lines = []
        for x in xs:
            o = x["resp"]["response"].get("outputSpeech") or {}
            lines.append(f"User  > {x['u']}")
            lines.append(f"Alexa > {plain(o.get('ssml') or o.get('text'))}")
        write(cid, f"{folder}/dialog-record.txt", "\n".join(lines) + "\n")
    else:
        write(cid, f"{folder}/dialog-output.json",
              [{"utterance": x["u"], "invocations": [{"request": x["req"], "response": x["resp"]}]} for x in xs])


def sh_cloudwatch_text(cid, path, turns, locale, python=False, kw_req="Request: ", kw_resp="Response: ", **kw):
    lines = []
    for x in expand(cid, turns, locale, **kw):
        rid = uuidish(x["req"]["request"]["requestId"] + "lam")
        ts = x["ts"].replace("Z", ".512Z")
        lines.append(f"START RequestId: {rid} Version: $LATEST")
        if python:
            lines.append(f"[INFO]\t{ts}\t{rid}\t{kw_req}{json.dumps(x['req'], ensure_ascii=False)}")
            lines.append(f"[INFO]\t{ts}\t{rid}\t{kw_resp}{json.dumps(x['resp'], ensure_ascii=False)}")
        else:
            lines.append(f"{ts}\t{rid}\tINFO\t{kw_req}{json.dumps(x['req'], ensure_ascii=False)}")
            lines.append(f"{ts}\t{rid}\tINFO\t{kw_resp}{json.dumps(x['resp'], ensure_ascii=False)}")
        lines.append(f"END RequestId: {rid}")
        lines.append(f"REPORT RequestId: {rid}\tDuration: 143.27 ms\tBilled Duration: 144 ms\tMemory Size: 256 MB\tMax Memory Used: 91 MB")
    write(cid, path, "\n".join(lines) + "\n")


def sh_cloudwatch_json(cid, path, turns, locale, **kw):
    ev = []
    for k, x in enumerate(expand(cid, turns, locale, **kw)):
        rid = uuidish(x["req"]["request"]["requestId"] + "lam")
        ms = int(datetime.datetime.strptime(x["ts"], "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=datetime.timezone.utc).timestamp() * 1000)
        for j, (kk, body) in enumerate((("Request", x["req"]), ("Response", x["resp"]))):
            ev.append({"logStreamName": f"2025/03/04/[$LATEST]{h(cid, 32)}", "timestamp": ms + j * 90,
                       "message": f"{x['ts']}\t{rid}\tINFO\t{kk}: {json.dumps(body, ensure_ascii=False)}\n",
                       "ingestionTime": ms + j * 90 + 400, "eventId": str(37000000000000000000000000000000000000000000000000000000 + k * 10 + j)})
    write(cid, path, {"events": ev, "searchedLogStreams": []})


def sh_har(cid, path, turns, locale, url="https://skill.example-host.net/alexa", **kw):
    ents = []
    for x in expand(cid, turns, locale, **kw):
        body = json.dumps(x["resp"], ensure_ascii=False)
        ents.append({"startedDateTime": x["ts"].replace("Z", ".000Z"), "time": 231,
                     "request": {"method": "POST", "url": url, "httpVersion": "HTTP/1.1",
                                 "headers": [{"name": "Content-Type", "value": "application/json; charset=utf-8"},
                                             {"name": "Signature-256", "value": "REDACTED"}],
                                 "queryString": [], "cookies": [], "headersSize": -1, "bodySize": -1,
                                 "postData": {"mimeType": "application/json", "text": json.dumps(x["req"], ensure_ascii=False)}},
                     "response": {"status": 200, "statusText": "OK", "httpVersion": "HTTP/1.1",
                                  "headers": [{"name": "Content-Type", "value": "application/json"}], "cookies": [],
                                  "content": {"size": len(body), "mimeType": "application/json", "text": body},
                                  "redirectURL": "", "headersSize": -1, "bodySize": len(body)},
                     "cache": {}, "timings": {"send": 1, "wait": 228, "receive": 2}})
    write(cid, path, {"log": {"version": "1.2", "creator": {"name": "Charles Proxy", "version": "4.6.6"}, "entries": ents}})


def sh_transcript(cid, path, turns, locale, **kw):
    lines = [f"# QA transcript {cid[6:]} ({locale})"]
    for x in expand(cid, turns, locale, **kw):
        r = x["resp"]["response"]
        o = r.get("outputSpeech") or {}
        rp = (r.get("reprompt") or {}).get("outputSpeech") or {}
        lines.append(f"[{x['ts']}] USER: {x['u']}")
        lines.append(f"[{x['ts']}] SKILL: {o.get('ssml') or o.get('text') or ''}")
        if rp:
            lines.append(f"[{x['ts']}] SKILL (reprompt): {rp.get('ssml') or rp.get('text')}")
        lines.append(f"[{x['ts']}] session_open={str(not r.get('shouldEndSession', False)).lower()}")
    write(cid, path, "\n".join(lines) + "\n")


# ---------------------------------------------------------------- new shapes (Alexa)
def sh_jest_snapshot(cid, path, turns, locale, **kw):
    """Jest snapshot of handler responses (toMatchSnapshot), one export per request."""
    parts = ["// Jest Snapshot v1, https://goo.gl/fbAQLP\n"]
    xs = expand(cid, turns, locale, **kw)
    write(cid, path.split("__snapshots__/")[0] + "events.json", [x["req"] for x in xs])
    for k, x in enumerate(xs):
        body = json.dumps(x["resp"], indent=2, ensure_ascii=False).replace("`", "\\`")
        parts.append(f"exports[`skill handler {x['turn'].i} ({x['u']}) {k + 1}`] = `\n{body}\n`;\n")
    write(cid, path, "\n".join(parts))
    write(cid, path.replace("__snapshots__/", "").replace(".snap", ""),
          "const { handler } = require('../lambda/index');\nconst events = require('./events.json');\n\n"
          "describe('skill handler', () => {\n  for (const ev of events) {\n"
          "    it(`${ev.request.intent ? ev.request.intent.name : ev.request.type}`, async () => {\n"
          "      const res = await handler(ev, {});\n      expect(res).toMatchSnapshot();\n    });\n  }\n});\n")


def sh_junit_xml(cid, path, turns, locale, **kw):
    """pytest --junitxml report whose system-out holds the request/response JSON the test printed."""
    from xml.sax.saxutils import escape
    cases = []
    for k, x in enumerate(expand(cid, turns, locale, **kw)):
        out = "REQUEST " + json.dumps(x["req"], ensure_ascii=False) + "\nRESPONSE " + json.dumps(x["resp"], ensure_ascii=False) + "\n"
        cases.append(f'    <testcase classname="tests.test_conversation" name="test_turn_{k + 1:02d}_{x["turn"].i.replace(".", "_")}" time="0.{40 + k}">\n'
                     f'      <system-out>{escape(out)}</system-out>\n    </testcase>')
    write(cid, path, '<?xml version="1.0" encoding="utf-8"?>\n<testsuites>\n  <testsuite name="pytest" errors="0" failures="0" skipped="0" '
          f'tests="{len(cases)}" time="1.93" timestamp="2025-03-04T08:15:00" hostname="ci-runner-7">\n' + "\n".join(cases) + "\n  </testsuite>\n</testsuites>\n")


def sh_voice_history_csv(cid, path, turns, locale, **kw):
    """Alexa app 'Voice History' CSV download of a tester account."""
    import csv, io
    b = io.StringIO()
    w = csv.writer(b)
    w.writerow(["Timestamp", "Device", "Customer Utterance", "Alexa Response", "Session Open After Response"])
    for x in expand(cid, turns, locale, **kw):
        r = x["resp"]["response"]
        o = r.get("outputSpeech") or {}
        w.writerow([x["ts"], "Echo Auto (2nd Gen)", x["u"], plain(o.get("ssml") or o.get("text")),
                    "Yes" if not r.get("shouldEndSession") else "No"])
    write(cid, path, b.getvalue())


def sh_postman_run(cid, path, turns, locale, **kw):
    """Postman collection-runner export: each execution has the request body and the raw response body."""
    ex = []
    for k, x in enumerate(expand(cid, turns, locale, **kw)):
        ex.append({"id": uuidish(cid + "pm" + str(k)), "name": f"{k + 1:02d} {x['turn'].i}",
                   "request": {"method": "POST", "url": "{{skillUrl}}/alexa", "header": [{"key": "Content-Type", "value": "application/json"}],
                               "body": {"mode": "raw", "raw": json.dumps(x["req"], ensure_ascii=False)}},
                   "response": {"code": 200, "status": "OK", "responseTime": 180 + k,
                                "body": json.dumps(x["resp"], ensure_ascii=False)},
                   "tests": {"status is 200": True}})
    write(cid, path, {"id": uuidish(cid + "run"), "name": f"{cid[6:]} regression", "timestamp": "2025-03-04T08:15:00.000Z",
                      "collection_id": uuidish(cid + "col"), "folder_id": 0, "environment_id": uuidish(cid + "env"),
                      "totalPass": len(ex), "totalFail": 0, "results": [], "executions": ex})


def sh_sam_local(cid, folder, turns, locale, **kw):
    """`sam local invoke -e events/NN.json` runs: the event files plus the captured console output."""
    log = []
    for k, x in enumerate(expand(cid, turns, locale, **kw)):
        write(cid, f"{folder}/events/{k + 1:02d}.json", x["req"])
        rid = uuidish(cid + "sam" + str(k))
        log.append(f"$ sam local invoke SkillFunction -e {folder}/events/{k + 1:02d}.json")
        log.append("Invoking index.handler (nodejs18.x)")
        log.append("Mounting /home/dev/skill/.aws-sam/build/SkillFunction as /var/task:ro,delegated, inside runtime container")
        log.append(f"START RequestId: {rid} Version: $LATEST")
        log.append(f"END RequestId: {rid}")
        log.append(f"REPORT RequestId: {rid}\tInit Duration: 0.21 ms\tDuration: 412.08 ms\tBilled Duration: 413 ms\tMemory Size: 128 MB\tMax Memory Used: 128 MB")
        log.append(json.dumps(x["resp"], ensure_ascii=False))
        log.append("")
    write(cid, f"{folder}/sam-local-output.log", "\n".join(log))


def sh_vcr_yaml(cid, path, turns, locale, **kw):
    """vcrpy cassette recorded while running integration tests against the deployed endpoint."""
    out = ["interactions:"]
    for x in expand(cid, turns, locale, **kw):
        rq = json.dumps(x["req"], ensure_ascii=False).replace("'", "''")
        rs = json.dumps(x["resp"], ensure_ascii=False).replace("'", "''")
        out += ["- request:", f"    body: '{rq}'", "    headers:", "      Content-Type:", "      - application/json",
                "    method: POST", "    uri: https://skill-endpoint.example-host.net/alexa",
                "  response:", "    body:", f"      string: '{rs}'", "    headers:", "      Content-Type:",
                "      - application/json", "    status:", "      code: 200", "      message: OK"]
    out.append("version: 1")
    write(cid, path, "\n".join(out) + "\n")


def sh_bespoken_yaml(cid, folder, turns, locale, **kw):
    """Bespoken `bst test` unit-test file and the JSON results file it wrote."""
    xs = expand(cid, turns, locale, **kw)
    y = ["---", "configuration:", f"  locale: {locale}", "  handler: ../lambda/index.js", "", "---", f"- test: {cid[6:]} conversation"]
    res = []
    for x in xs:
        r = x["resp"]["response"]
        o = r.get("outputSpeech") or {}
        rp = (r.get("reprompt") or {}).get("outputSpeech") or {}
        said = plain(o.get("ssml") or o.get("text"))
        utter = "LaunchRequest" if x["turn"].i == "LaunchRequest" else x["turn"].i if x["turn"].i.startswith("AMAZON.") else json.dumps(x["u"], ensure_ascii=False)
        y.append(f"- {utter}:")
        y.append(f"  - prompt: {json.dumps(said, ensure_ascii=False)}")
        res.append({"utterance": x["u"], "intent": x["turn"].i, "passed": True,
                    "actual": {"prompt": o.get("ssml") or o.get("text"), "reprompt": rp.get("ssml") or rp.get("text"),
                               "shouldEndSession": r.get("shouldEndSession")}, "rawResponse": x["resp"]})
    write(cid, f"{folder}/{cid[6:]}.test.yml", "\n".join(y) + "\n")
    write(cid, f"{folder}/test_output/results.json", {"success": True, "locale": locale, "results": res})


# ---------------------------------------------------------------- Google projects
def builder_project(cid, *, display, locale, intents, types=None, scenes=None, privacy=None, category="TRAVEL_AND_TRANSPORTATION", desc="", webhook="fulfillment"):
    lang = locale.split("-")[0] if locale.startswith(("en", "es", "pt", "de", "fr")) else locale
    ls = {"displayName": display, "pronunciation": display, "shortDescription": desc[:80], "fullDescription": desc,
          "developerName": "Roadside Labs", "developerEmail": f"dev@{h(cid, 6)}.example.net", "smallLogoImage": "$resources.images.square"}
    if privacy:
        ls["privacyPolicyUrl"] = privacy
        ls["termsOfServiceUrl"] = privacy.rsplit("/", 1)[0] + "/terms"
    write(cid, "sdk/settings/settings.yaml", _yaml({"defaultLocale": lang, "projectId": cid[6:] + "-" + h(cid, 4),
                                                     "category": category, "localizedSettings": ls}))
    write(cid, "sdk/actions/actions.yaml", "actions:\n  actions.intent.MAIN:\n    handler:\n      webhookHandler: main\n")
    write(cid, "sdk/custom/global/actions.intent.MAIN.yaml", "handler:\n  webhookHandler: main\ntransitionToScene: Start\n")
    write(cid, "sdk/webhooks/ActionsOnGoogleFulfillment.yaml", "handlers:\n- name: main\n- name: " + "\n- name: ".join(sorted({i for i in intents})) + "\ninlineCloudFunction:\n  executeFunction: ActionsOnGoogleFulfillment\n")
    for n, (phrases, params) in intents.items():
        d = {"trainingPhrases": phrases}
        if params:
            d["parameters"] = [{"name": k, "type": {"name": v}} for k, v in params.items()]
        write(cid, f"sdk/custom/intents/{n}.yaml", _yaml(d))
    for n, t in (types or {}).items():
        write(cid, f"sdk/custom/types/{n}.yaml", t)
    sc = scenes or {"Start": "onEnter:\n  webhookHandler: start\nintentEvents:\n" + "".join(
        f"- handler:\n    webhookHandler: {i}\n  intent: {i}\n" for i in intents)}
    for n, t in sc.items():
        write(cid, f"sdk/custom/scenes/{n}.yaml", t)


def _yaml(d, ind=0):
    s = ""
    p = " " * ind
    if isinstance(d, dict):
        for k, v in d.items():
            if isinstance(v, (dict, list)) and v:
                s += f"{p}{k}:\n" + _yaml(v, ind + 2)
            else:
                s += f"{p}{k}: {_sc(v)}\n"
    else:
        for v in d:
            if isinstance(v, dict):
                sub = _yaml(v, ind + 2)
                s += f"{p}- " + sub.lstrip()
            else:
                s += f"{p}- {_sc(v)}\n"
    return s


def _sc(v):
    if isinstance(v, bool):
        return str(v).lower()
    if isinstance(v, (int, float)):
        return str(v)
    if v == {} or v == []:
        return json.dumps(v)
    return json.dumps(v, ensure_ascii=False)


def v2_project(cid, *, display, inv, locale, actions, privacy=None, desc="", category="TRAVEL_AND_TRANSPORTATION"):
    man = {"displayName": display, "invocationName": inv, "shortDescription": desc[:80], "longDescription": desc,
           "category": category, "companyName": "Open Road Software", "contactEmail": f"support@{h(cid, 6)}.example.net",
           "sampleInvocation": [f"Talk to {inv}"]}
    if privacy:
        man["privacyUrl"] = privacy
    acts = [{"description": "Default welcome intent", "name": "MAIN", "fulfillment": {"conversationName": cid[6:]},
             "intent": {"name": "actions.intent.MAIN", "trigger": {"queryPatterns": [f"talk to {inv}"]}}}]
    for name, pats, params in actions:
        a = {"description": name, "name": name, "fulfillment": {"conversationName": cid[6:]},
             "intent": {"name": name, "trigger": {"queryPatterns": pats}}}
        if params:
            a["intent"]["parameters"] = [{"name": k, "type": v} for k, v in params.items()]
        acts.append(a)
    write(cid, "action.json", {"manifest": man, "actions": acts, "locale": locale.split("-")[0],
                               "conversations": {cid[6:]: {"name": cid[6:], "url": f"https://us-central1-{cid[6:]}.cloudfunctions.net/fulfillment", "fulfillmentApiVersion": 2}}})


def dialogflow_project(cid, *, name, locale, intents, desc=""):
    lang = locale.split("-")[0]
    write(cid, "agent.json", {"description": desc, "language": lang, "shortDescription": desc[:60], "examples": "",
                              "linkToDocs": "", "disableInteractionLogs": False, "disableStackdriverLogs": True,
                              "googleAssistant": {"googleAssistantCompatible": True, "project": cid[6:] + "-" + h(cid, 4),
                                                  "welcomeIntentSignInRequired": False, "startIntents": [],
                                                  "systemIntents": [], "endIntentIds": [], "oAuthLinking": {"required": False},
                                                  "voiceType": "MALE_1", "capabilities": [], "env": "", "protocolVersion": "V2",
                                                  "autoPreviewEnabled": False, "isDeviceAgent": False},
                              "defaultTimezone": "America/Mexico_City" if lang == "es" else "America/Sao_Paulo" if lang == "pt" else "America/Toronto",
                              "webhook": {"url": f"https://us-central1-{cid[6:]}.cloudfunctions.net/dialogflowFirebaseFulfillment",
                                          "available": True, "useForDomains": False, "cloudFunctionsEnabled": False,
                                          "cloudFunctionsInitialized": False},
                              "isPrivate": True, "mlMinConfidence": 0.3, "supportedLanguages": [], "enableOnePlatformApi": True,
                              "onePlatformApiVersion": "v2beta1", "displayName": name, "apiVersion": "v2"})
    write(cid, "package.json", {"version": "1.0.0"})
    for iname, (phrases, params, msgs) in intents.items():
        write(cid, f"intents/{iname}.json", {"id": uuidish(cid + iname), "name": iname, "auto": True, "contexts": [],
                                             "responses": [{"resetContexts": False, "action": "", "affectedContexts": [],
                                                            "parameters": [{"id": uuidish(cid + iname + p), "name": p, "required": False,
                                                                            "dataType": t, "value": "$" + p, "isList": False}
                                                                           for p, t in params.items()],
                                                            "messages": [{"type": "0", "lang": lang, "condition": "", "speech": m} for m in msgs],
                                                            "speech": []}],
                                             "priority": 500000, "webhookUsed": True, "webhookForSlotFilling": False,
                                             "fallbackIntent": False, "events": [{"name": "WELCOME"}] if "Welcome" in iname else []})
        us = []
        for ph in phrases:
            data = []
            for part in ph:
                if isinstance(part, tuple):
                    data.append({"text": part[0], "alias": part[1], "meta": part[2], "userDefined": False})
                else:
                    data.append({"text": part, "userDefined": False})
            us.append({"id": uuidish(cid + iname + str(ph)), "data": data, "isTemplate": False, "count": 0, "lang": lang, "updated": 0})
        if us:
            write(cid, f"intents/{iname}_usersays_{lang}.json", us)


# ---------------------------------------------------------------- Google recordings
class G:
    """Google turn. i: intent; q: query text; say: SSML/text; end: conversation ends; noinput: list of no-input prompts;
    scene: Builder scene name; next: next scene; params; perm: permission request dict (v2/dialogflow)."""

    def __init__(self, i, q, say, end=False, noinput=None, scene="Start", next=None, params=None, perm=None):
        self.i, self.q, self.say, self.end, self.noinput = i, q, say, end, noinput
        self.scene, self.next, self.params, self.perm = scene, next, params or {}, perm


def _gsess(cid, turns):
    n, sid, out = 0, None, []
    for k, t in enumerate(turns):
        newc = sid is None
        if sid is None:
            n += 1
            sid = f"ABwppHF{h(cid + str(n), 40)}"
        out.append((k, t, sid, newc))
        if t.end:
            sid = None
    return out


def sh_gactions_conv(cid, path, turns, locale):
    lines = []
    for k, t, sid, newc in _gsess(cid, turns):
        req = {"user": {"locale": locale, "lastSeen": "2025-02-27T19:02:11Z", "userVerificationStatus": "VERIFIED"},
               "conversation": {"conversationId": sid, "type": "NEW" if newc else "ACTIVE"},
               "inputs": [{"intent": t.i, "rawInputs": [{"inputType": "VOICE", "query": t.q}],
                           "arguments": [{"name": a, "textValue": v, "rawText": v} for a, v in t.params.items()]}],
               "surface": {"capabilities": [{"name": "actions.capability.AUDIO_OUTPUT"}, {"name": "actions.capability.MEDIA_RESPONSE_AUDIO"}]},
               "isInSandbox": True, "requestType": "SIMULATOR"}
        if t.end:
            resp = {"expectUserResponse": False, "finalResponse": {"richResponse": {"items": [{"simpleResponse": {"textToSpeech": t.say}}]}}}
        else:
            ei = {"inputPrompt": {"richInitialPrompt": {"items": [{"simpleResponse": {"textToSpeech": t.say}}]},
                                  "noInputPrompts": [{"textToSpeech": x} for x in (t.noinput or [])]},
                  "possibleIntents": [{"intent": "actions.intent.TEXT"}]}
            if t.perm:
                ei["possibleIntents"] = [{"intent": "actions.intent.PERMISSION", "inputValueData": {
                    "@type": "type.googleapis.com/google.actions.v2.PermissionValueSpec", "optContext": t.perm[0], "permissions": t.perm[1]}}]
            resp = {"expectUserResponse": True, "expectedInputs": [ei]}
        lines.append(json.dumps({"request": req, "response": resp}, ensure_ascii=False))
    write(cid, path, "\n".join(lines) + "\n")


def sh_dialogflow_webhook(cid, folder, turns, locale, project="proj"):
    for k, t, sid, newc in _gsess(cid, turns):
        req = {"responseId": uuidish(cid + "df" + str(k)),
               "queryResult": {"queryText": t.q, "parameters": t.params, "allRequiredParamsPresent": True,
                               "intent": {"name": f"projects/{project}/agent/intents/{uuidish(cid + t.i)}", "displayName": t.i},
                               "intentDetectionConfidence": 0.87, "languageCode": locale.split("-")[0]},
               "originalDetectIntentRequest": {"source": "google", "version": "2", "payload": {
                   "user": {"locale": locale}, "conversation": {"conversationId": sid, "type": "NEW" if newc else "ACTIVE"},
                   "inputs": [{"intent": "actions.intent.TEXT", "rawInputs": [{"inputType": "VOICE", "query": t.q}]}],
                   "isInSandbox": True}},
               "session": f"projects/{project}/agent/sessions/{sid}"}
        g = {"expectUserResponse": not t.end, "richResponse": {"items": [{"simpleResponse": {"textToSpeech": t.say}}]}}
        if t.noinput:
            g["noInputPrompts"] = [{"textToSpeech": x} for x in t.noinput]
        if t.perm:
            g["systemIntent"] = {"intent": "actions.intent.PERMISSION", "data": {
                "@type": "type.googleapis.com/google.actions.v2.PermissionValueSpec", "optContext": t.perm[0], "permissions": t.perm[1]}}
        write(cid, f"{folder}/turn-{k + 1:02d}.json", {"webhookRequest": req, "webhookResponse": {"payload": {"google": g}}})


def _scene_pairs(cid, turns, locale):
    out = []
    for k, t, sid, newc in _gsess(cid, turns):
        req = {"handler": {"name": t.i if k else "main"}, "intent": {"name": t.i, "params": {p: {"original": v, "resolved": v} for p, v in t.params.items()}, "query": t.q},
               "scene": {"name": t.scene, "slotFillingStatus": "UNSPECIFIED", "slots": {}},
               "session": {"id": sid, "params": {}, "typeOverrides": [], "languageCode": ""},
               "user": {"locale": locale, "params": {}, "accountLinkingStatus": "ACCOUNT_LINKING_STATUS_UNSPECIFIED",
                        "verificationStatus": "VERIFIED", "packageEntitlements": [], "gaiaMint": "", "permissions": [], "lastSeenTime": "2025-02-28T10:00:00Z"},
               "home": {"params": {}}, "device": {"capabilities": ["SPEECH", "RICH_RESPONSE", "LONG_FORM_AUDIO"], "currentLocation": {}}}
        resp = {"session": {"id": sid, "params": {}}, "prompt": {"override": False, "firstSimple": {"speech": t.say, "text": plain(t.say)}}}
        nxt = "actions.scene.END_CONVERSATION" if t.end else t.next
        if nxt:
            resp["scene"] = {"name": t.scene, "slots": {}, "next": {"name": nxt}}
        out.append((req, resp))
    return out


def sh_gactions_scene(cid, path, turns, locale):
    write(cid, path, [{"request": a, "response": b} for a, b in _scene_pairs(cid, turns, locale)])


def sh_actions_simulator(cid, folder, turns, locale):
    """Actions console Simulator: the Request and Response tabs saved one file per turn (with the display text panel)."""
    for k, (a, b) in enumerate(_scene_pairs(cid, turns, locale)):
        write(cid, f"{folder}/simulator-{k + 1:02d}.json",
              {"simulatorInput": {"query": a["intent"]["query"], "locale": locale, "surface": "SMART_DISPLAY", "location": "Toronto, ON"},
               "displayedText": b["prompt"]["firstSimple"]["text"], "requestTab": a, "responseTab": b,
               "debugTab": {"sharedDebugInfoList": [], "ongoingConversation": "scene" not in b or b["scene"]["next"]["name"] != "actions.scene.END_CONVERSATION"}})
