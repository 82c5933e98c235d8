#!/usr/bin/env python3
"""The pages that keep the archive right, in real headless Chromium: customers (aliases, the
merge guard), link corrections (an engineer proposes, a supervisor accepts), slips (legal
hold, verification, retention) and the admin page (accounts, a token, files uploaded to
ingest, the archive's check). Refusals are checked too: an engineer may not see /admin nor
correct a link directly.

    python3 tests/browser/curation.py BASE_URL SHOTS_DIR admin:PW supervisor:PW engineer:PW

Screenshots go to SHOTS_DIR (named curation-NN-…); exits 1 with the reasons on any failed
check or any error in the browser's console."""
import os, re, sys, tempfile, time, urllib.parse, zipfile
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select, WebDriverWait
from common import Session, WAIT

base, shots = sys.argv[1].rstrip("/"), sys.argv[2]
accounts = dict(a.split(":", 1) for a in sys.argv[3:])
session = Session(base, shots, accounts, prefix="curation-")
check, shot, browser, login = session.check, session.shot, session.browser, session.login
console_errors, no_horizontal_scroll = session.console_errors, session.no_horizontal_scroll
wait = lambda d, f, s=WAIT: WebDriverWait(d, s).until(f)
here = os.path.dirname(os.path.abspath(__file__))
stamp = str(int(time.time()))

# An engineer proposes that a unit link of a ledger row is wrong; may not correct it directly,
# nor open the admin page.
d = browser()
try:
    login(d, "engineer")
    d.get(base + "/search?q=" + urllib.parse.quote("DA7600-2019-0457 年度保养"))
    wait(d, lambda d: d.find_elements(By.CSS_SELECTOR, ".hit .title"))
    d.find_element(By.CSS_SELECTOR, ".hit .title").click()
    wait(d, lambda d: "/documents/" in d.current_url)
    document_url = d.current_url.split("?")[0]
    check(not d.find_elements(By.CSS_SELECTOR, "button[data-remove]"), "an engineer has no remove buttons on links")
    serial = d.find_element(By.CSS_SELECTOR, ".links a[href^='/units/']").text
    d.find_element(By.CSS_SELECTOR, "details.correct summary").click()
    Select(d.find_element(By.ID, "link-action")).select_by_value("remove")
    Select(d.find_element(By.ID, "link-target")).select_by_value("unit")
    d.find_element(By.ID, "link-value").send_keys(serial)
    d.find_element(By.ID, "link-note").send_keys("这一行写的是另一台 " + stamp)
    shot(d, "document-propose")
    d.find_element(By.CSS_SELECTOR, "details.correct form button").click()
    wait(d, lambda d: "done=proposed" in d.current_url)
    check(d.find_elements(By.CSS_SELECTOR, "p.ok"), "the engineer is told the proposal waits for a supervisor")
    check(d.find_elements(By.CSS_SELECTOR, f".links a[href^='/units/']"), "a proposal alone changes no link")
    d.get(base + "/links")
    shot(d, "links-engineer")
    check(stamp in d.find_element(By.CSS_SELECTOR, "ul.proposals").text, "the proposal is listed on /links")
    check(not d.find_elements(By.CSS_SELECTOR, "button[data-decide]"), "an engineer cannot decide proposals")
    d.get(base + "/admin")
    shot(d, "admin-refused")
    check("无权" in d.find_element(By.TAG_NAME, "h1").text, "an engineer is refused the admin page")
    console_errors(d, "engineer's pages", expected_status=403)
finally:
    d.quit()

# A supervisor accepts it; adds an alias to a customer and finds the customer by it; is stopped
# from merging two confirmed customers without saying so; holds a slip, verifies the originals,
# sets a retention period.
d = browser()
try:
    login(d, "supervisor")
    d.get(base + "/links")
    d.find_element(By.CSS_SELECTOR, "li.proposal button[data-decide='accept']").click()
    wait(d, lambda d: d.current_url.endswith("/links"))
    shot(d, "links-accepted")
    check("已接受" in d.find_element(By.CSS_SELECTOR, "ul.decided").text, "the accepted proposal is among the decisions")
    d.get(document_url)
    units = [e.text for e in d.find_elements(By.CSS_SELECTOR, ".links a[href^='/units/']")]
    check(serial not in units, f"after the supervisor accepts, the document is no longer linked to {serial}: {units}")
    check(bool(d.find_elements(By.CSS_SELECTOR, "button[data-remove]")), "a supervisor has remove buttons on links")

    d.get(base + "/customers")
    shot(d, "customers")
    console_errors(d, "customers")
    names = d.find_elements(By.CSS_SELECTOR, "ul.customers li a")
    check(len(names) >= 5, f"the customers are listed: {len(names)}")
    first, second = names[0].get_attribute("href"), names[1].get_attribute("href")
    second_id = second.rsplit("/", 1)[1]
    d.get(first)
    customer_name = d.find_element(By.TAG_NAME, "h1").text.split(" #")[0]
    alias = "测试别名" + stamp
    d.find_element(By.ID, "alias").send_keys(alias)
    d.find_element(By.CSS_SELECTOR, "form[action$='/aliases'] button").click()
    wait(d, lambda d: "done=alias" in d.current_url)
    check(alias in d.find_element(By.CSS_SELECTOR, "ul.aliases").text, "the new alias is listed")
    shot(d, "customer-alias")
    d.find_element(By.ID, "other").send_keys("#" + second_id)
    d.find_element(By.CSS_SELECTOR, "form.merge button").click()
    wait(d, lambda d: d.find_elements(By.ID, "refusal"))
    shot(d, "customer-merge-refused")
    check("confirm" in d.find_element(By.ID, "refusal").text.lower() or "确认" in d.find_element(By.ID, "refusal").text,
          f"merging two confirmed customers asks for a confirmation: {d.find_element(By.ID, 'refusal').text!r}")
    console_errors(d, "merge refused", expected_status=409)
    d.get(base + "/customers?q=" + urllib.parse.quote(alias))
    found = [e.text for e in d.find_elements(By.CSS_SELECTOR, "ul.customers li a")]
    check(found == [customer_name], f"the customer is found by its new alias: {found}")
    d.get(base + "/search?q=" + urllib.parse.quote(alias))
    check("0" != re.sub(r"\D", "", d.find_element(By.ID, "count").text or "0"), "search finds the customer's documents by the new alias")

    # A slip: upload and confirm, hold it, verify every original, set a retention period.
    d.get(base + "/slips")
    d.find_element(By.NAME, "file").send_keys(os.path.abspath(os.path.join(here, "..", "..", "corpus", "slips", "FW-2023-0688_服务报告单_一院检验科_已签字.pdf")))
    d.find_element(By.CSS_SELECTOR, "form.upload button").click()
    wait(d, lambda d: d.find_elements(By.NAME, "number"))
    d.find_element(By.CSS_SELECTOR, "form.editor button").click()
    wait(d, lambda d: "/slips/FW-2023-0688" in d.current_url)
    d.find_element(By.CSS_SELECTOR, "button[data-act='hold']").click()
    wait(d, lambda d: d.find_elements(By.CSS_SELECTOR, "button[data-act='release']"))
    check("保留中" in d.find_element(By.ID, "hold").text, "the slip is shown on hold")
    shot(d, "slip-hold")
    d.get(base + "/slips")
    d.find_element(By.CSS_SELECTOR, "button[data-act='verify']").click()
    wait(d, lambda d: d.find_elements(By.ID, "verified"))
    check("完好" in d.find_element(By.ID, "verified").text, f"every original verifies: {d.find_element(By.ID, 'verified').text!r}")
    years = d.find_element(By.ID, "years-repair-order")
    years.clear()
    years.send_keys("7")
    d.find_element(By.CSS_SELECTOR, "button[data-retention='repair-order']").click()
    wait(d, lambda d: d.current_url.endswith("/slips"))
    check(d.find_element(By.ID, "years-repair-order").get_attribute("value") == "7", "the retention period is kept")
    shot(d, "slips-supervisor")
    d.get(base + "/audit")
    entries = d.find_element(By.CSS_SELECTOR, "table.entries").text
    check(re.search(r"supervisor\s+hold\s+FW-2023-0688", entries) is not None or "hold" in entries, "the hold is on the audit log")
    console_errors(d, "supervisor's pages")
    d.set_window_size(375, 812)
    for url, name in [(first, "phone-customer"), (base + "/links", "phone-links"), (base + "/slips", "phone-slips")]:
        d.get(url)
        time.sleep(0.2)
        shot(d, name)
        no_horizontal_scroll(d, name)
finally:
    d.quit()

# An admin adds an account, changes its role, gives it a token, disables it; uploads a file
# to ingest and finds it by search; checks the archive.
d = browser()
try:
    login(d, "admin")
    d.get(base + "/admin")
    shot(d, "admin")
    name = "newcomer" + stamp
    d.find_element(By.ID, "new-name").send_keys(name)
    Select(d.find_element(By.ID, "new-role")).select_by_value("engineer")
    d.find_element(By.ID, "new-password").send_keys("a-long-password-1")
    d.find_element(By.CSS_SELECTOR, "form.add-account button").click()
    wait(d, lambda d: "done=added" in d.current_url)
    row = d.find_element(By.CSS_SELECTOR, f"tr[data-account='{name}']")
    Select(row.find_element(By.CSS_SELECTOR, "select[name='role']")).select_by_value("trainer")
    row.find_element(By.CSS_SELECTOR, "button[data-act='role']").click()
    wait(d, lambda d: "done=role" in d.current_url)
    row = d.find_element(By.CSS_SELECTOR, f"tr[data-account='{name}']")
    check(Select(row.find_element(By.CSS_SELECTOR, "select[name='role']")).first_selected_option.get_attribute("value") == "trainer", "the role change is kept")
    row.find_element(By.CSS_SELECTOR, "button[data-act='token']").click()
    wait(d, lambda d: d.find_elements(By.ID, "token"))
    check(d.find_element(By.ID, "token").text.startswith("kb_"), "a new token is shown once")
    d.find_element(By.CSS_SELECTOR, f"tr[data-account='{name}'] button[data-act='disable']").click()
    wait(d, lambda d: "done=disable" in d.current_url)
    check(d.find_elements(By.CSS_SELECTOR, f"tr[data-account='{name}'] button[data-act='enable']"), "the account shows as disabled")
    shot(d, "admin-accounts")

    # A file and a zip of two more (one in a folder, one whose name tries to leave it), at once;
    # the page that follows shows the progress, then what each became.
    word = "氦氖激光校准" + stamp
    folder = tempfile.mkdtemp()
    card = os.path.join(folder, "维修记录_上传.txt")
    open(card, "w", encoding="utf-8").write(f"维修记录\n客户：某市第一人民医院检验科\n故障现象：{word} 失败\n处理：更换激光管\n")
    bundle = os.path.join(folder, "旧档案.zip")
    with zipfile.ZipFile(bundle, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("2019/维修记录_旧.txt", f"维修记录\n客户：柳溪县中医院检验科\n故障现象：旧档案{stamp} 温度报警\n处理：更换加热片\n")
        z.writestr("培训/DA7600.md", "# DA7600 培训\n日常维护与报警处理\n")
        z.writestr("../逃出去.txt", "维修记录\n")
    d.find_element(By.ID, "ingest-files").send_keys(card + "\n" + bundle)
    d.find_element(By.CSS_SELECTOR, "form.ingest button").click()
    wait(d, lambda d: "/admin/ingest/" in d.current_url)
    wait(d, lambda d: d.find_elements(By.ID, "notice") or d.find_elements(By.ID, "refusal"), 90)
    notice = d.find_element(By.ID, "notice").text if d.find_elements(By.ID, "notice") else d.find_element(By.ID, "refusal").text
    check("新增 3" in notice, f"the file and the zip's two files are ingested: {notice!r}")
    shot(d, "admin-ingested")
    d.get(base + "/search?q=" + urllib.parse.quote(word))
    hits = d.find_elements(By.CSS_SELECTOR, ".hit")
    check(bool(hits) and word in hits[0].text.replace("\n", ""), f"the uploaded file is found first by search: {hits[0].text[:200] if hits else None!r}")
    d.get(base + "/search?q=" + urllib.parse.quote("旧档案" + stamp))
    hits = d.find_elements(By.CSS_SELECTOR, ".hit")
    check(bool(hits) and "2019/维修记录_旧.txt" in hits[0].text, f"a file from the zip is found, under its folder: {hits[0].text[:200] if hits else None!r}")
    d.get(base + "/admin")
    d.find_element(By.CSS_SELECTOR, "button[data-act='check']").click()
    wait(d, lambda d: d.find_elements(By.ID, "check"))
    check("完整" in d.find_element(By.ID, "check").text, f"the archive checks whole: {d.find_element(By.ID, 'check').text!r}")
    shot(d, "admin-check")
    console_errors(d, "admin's pages")
finally:
    d.quit()

session.finish()
