#!/usr/bin/env python3
"""kb's pages in real headless Chromium (selenium + Debian's chromium-driver), as the people who
use them would: log in, search, narrow by a facet, open a document, a unit and its brief, print
the brief to PDF, check a phone's width, and be refused a page one's role may not see.

    python3 tests/browser/pages.py BASE_URL SHOTS_DIR engineer:PASSWORD supervisor:PASSWORD

Saves a screenshot of every page it visits in SHOTS_DIR; exits 1 with the reasons on any
failed check or any error in the browser's console."""
import base64, hashlib, json, os, re, sys, time, urllib.parse
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait
from selenium.common.exceptions import StaleElementReferenceException, WebDriverException
from common import Session, WAIT


def gone(element):
    """A wait's condition: the page that held element has been replaced. While the next page
    loads, Chromium may answer for a node of the old one with "does not belong to the document"
    instead of a stale reference (selenium's staleness_of lets that through as an error)."""
    def check(_):
        try:
            element.is_enabled()
            return False
        except StaleElementReferenceException:
            return True
        except WebDriverException as e:
            if "does not belong to the document" in str(e):
                return True
            raise
    return check

base, shots = sys.argv[1].rstrip("/"), sys.argv[2]
accounts = dict(a.split(":", 1) for a in sys.argv[3:])
session = Session(base, shots, accounts)
check, shot, browser, login = session.check, session.shot, session.browser, session.login
console_errors, no_horizontal_scroll = session.console_errors, session.no_horizontal_scroll

d = browser()
try:
    # Login: the form, then the search page.
    d.get(base + "/search")
    check("/login" in d.current_url, "an anonymous visit goes to the login page")
    shot(d, "login")
    login(d, "engineer")
    check(d.current_url.startswith(base + "/search"), f"after login: {d.current_url}")

    # Search in simplified Chinese; the traditional card comes first.
    box = d.find_element(By.ID, "q")
    box.send_keys("离心机转速很低")
    box.submit()
    WebDriverWait(d, WAIT).until(lambda d: d.find_elements(By.CSS_SELECTOR, ".hit"))
    shot(d, "search")
    console_errors(d, "search")
    first = d.find_element(By.CSS_SELECTOR, ".hit")
    check("離心機轉速" in first.find_element(By.CSS_SELECTOR, ".snippet").text, f"first hit is the traditional card: {first.text[:120]!r}")
    check(first.find_elements(By.CSS_SELECTOR, ".snippet mark"), "matches are highlighted")
    before = int(re.sub(r"\D", "", d.find_element(By.ID, "count").text) or 0)

    # A facet narrows the list.
    d.find_element(By.CSS_SELECTOR, ".facet[data-facet='kind'] a").click()
    WebDriverWait(d, WAIT).until(lambda d: "kind=" in d.current_url)
    after = int(re.sub(r"\D", "", d.find_element(By.ID, "count").text) or 0)
    check(0 < after < before, f"the kind facet narrows the list: {before} → {after}")
    shot(d, "search-facet")

    # The narrowed search is kept under a name, listed on the empty search page, and runs again.
    name_box = d.find_element(By.ID, "search-name")
    name_box.clear()
    name_box.send_keys("离心机转速 维修")
    keep = d.find_element(By.CSS_SELECTOR, "form.keep button")
    keep.click()
    # The page the form posts to replaces this one (its URL has kind= as this one's has): wait
    # for the old page to go, or the list below may be read before the search is kept.
    WebDriverWait(d, WAIT).until(gone(keep))
    WebDriverWait(d, WAIT).until(lambda d: "kind=" in d.current_url)
    d.get(base + "/search")
    saved = d.find_elements(By.CSS_SELECTOR, "ul.saved a")
    check([a.text for a in saved] == ["离心机转速 维修"], f"the saved search is listed: {[a.text for a in saved]}")
    shot(d, "saved-searches")
    if saved:
        saved[0].click()
        WebDriverWait(d, WAIT).until(lambda d: d.find_elements(By.ID, "count"))
        again = int(re.sub(r"\D", "", d.find_element(By.ID, "count").text) or 0)
        check(again == after and "kind=" in d.current_url, f"the saved search runs again: {again} results, {d.current_url}")

    # The document, its unit and the unit's brief.
    d.get(base + "/search?q=" + urllib.parse.quote("离心机转速很低"))
    WebDriverWait(d, WAIT).until(lambda d: d.find_elements(By.CSS_SELECTOR, ".hit .title"))
    d.find_element(By.CSS_SELECTOR, ".hit .title").click()
    WebDriverWait(d, WAIT).until(lambda d: "/documents/" in d.current_url)
    shot(d, "document")
    console_errors(d, "document")
    check(d.find_element(By.CSS_SELECTOR, "pre.text").text.strip() != "", "the document's text is shown")
    unit_links = d.find_elements(By.CSS_SELECTOR, ".links a[href^='/units/']")
    check(bool(unit_links), "the document links to its unit")
    if unit_links:
        unit_url = unit_links[0].get_attribute("href")
        d.get(unit_url)
        shot(d, "unit")
        check(d.find_elements(By.CSS_SELECTOR, ".timeline li"), "the unit page lists its documents")
        brief_url = unit_url.replace("/units/", "/briefs/")
        d.get(brief_url)
        shot(d, "brief")
        console_errors(d, "brief")
        check(d.find_elements(By.CSS_SELECTOR, ".brief h2"), "the brief has its sections")
        # Printed with the browser's print: A4, one page.
        pdf = d.execute_cdp_cmd("Page.printToPDF", {"paperWidth": 8.27, "paperHeight": 11.69, "preferCSSPageSize": True,
                                                     "printBackground": True})
        data = base64.b64decode(pdf["data"])
        open(f"{shots}/brief.pdf", "wb").write(data)
        pages = len(re.findall(rb"/Type\s*/Page[^s]", data))
        check(pages == 1, f"the printed brief is one A4 page, not {pages}")

        # A phone: no horizontal scroll on search, unit and brief.
        d.set_window_size(375, 812)
        for url, name in [(base + "/search?q=" + urllib.parse.quote("离心机转速很低"), "phone-search"), (unit_url, "phone-unit"), (brief_url, "phone-brief")]:
            d.get(url)
            time.sleep(0.2)
            shot(d, name)
            no_horizontal_scroll(d, name)
        d.set_window_size(1280, 900)

    # An engineer is refused the audit page, in the page's language.
    d.get(base + "/audit")
    shot(d, "audit-refused")
    check("无权" in d.find_element(By.TAG_NAME, "h1").text, "an engineer is refused the audit page")
    console_errors(d, "audit refused", expected_status=403)
finally:
    d.quit()

# The knowledge base: a trainer writes and submits an article and is refused its approval;
# another trainer approves it; then it is found by search.
title = "离心机门锁报警的处理 " + str(int(time.time()))
d = browser()
try:
    login(d, "trainer")
    # A draft from a repair card: the card's fault and fix fill the editor.
    d.get(base + "/search?q=" + urllib.parse.quote("离心机转速很低"))
    d.find_element(By.CSS_SELECTOR, ".hit .title").click()
    WebDriverWait(d, WAIT).until(lambda d: d.find_elements(By.ID, "draft"))
    d.find_element(By.ID, "draft").click()
    WebDriverWait(d, WAIT).until(lambda d: re.search(r"/articles/\d+/edit$", d.current_url))
    check(d.find_element(By.NAME, "title").get_attribute("value") != "" and d.find_element(By.NAME, "body").get_attribute("value") != "",
          "a draft from a repair card fills the editor")
    shot(d, "article-draft-from-card")
    d.get(base + "/articles?state=training")
    check(d.find_elements(By.CSS_SELECTOR, "ul.list li a[href^='/documents/']"), "the training material is listed")
    shot(d, "training")
    d.get(base + "/articles/new")
    shot(d, "article-new")
    d.find_element(By.NAME, "title").send_keys(title)
    d.find_element(By.NAME, "models").send_keys("TDL-5M")
    d.find_element(By.NAME, "body").send_keys("## 处理\n门锁报警时先检查**门锁微动开关**，再检查门盖密封圈。\n\n- 断电操作\n- 备件 `TL5M-0231`")
    # The preview shows the Markdown as the article's page will, and keeps what was typed.
    d.find_element(By.ID, "preview-button").click()
    WebDriverWait(d, WAIT).until(lambda d: d.find_elements(By.ID, "preview"))
    preview = d.find_element(By.ID, "preview")
    check(preview.find_elements(By.TAG_NAME, "h3") and preview.find_element(By.TAG_NAME, "strong").text == "门锁微动开关"
          and len(preview.find_elements(By.TAG_NAME, "li")) == 2, f"the preview renders the Markdown: {preview.get_attribute('innerHTML')[:200]!r}")
    check(d.find_element(By.NAME, "title").get_attribute("value") == title, "the preview keeps what was typed")
    shot(d, "article-preview")
    d.find_element(By.CSS_SELECTOR, "form.editor button").click()
    WebDriverWait(d, WAIT).until(lambda d: re.search(r"/articles/\d+$", d.current_url))
    article_url = d.current_url
    d.find_element(By.CSS_SELECTOR, "button[data-step='submit']").click()
    WebDriverWait(d, WAIT).until(lambda d: "done=submit" in d.current_url)
    d.find_element(By.CSS_SELECTOR, "button[data-step='approve']").click()
    WebDriverWait(d, WAIT).until(lambda d: d.find_elements(By.ID, "refusal"))
    shot(d, "article-own-approval-refused")
    check("不能由自己批准" in d.find_element(By.ID, "refusal").text, "the author is told, in Chinese, why they cannot approve")
    console_errors(d, "own approval", expected_status=409)
finally:
    d.quit()
d = browser()
try:
    login(d, "trainer2")
    d.get(article_url)
    shot(d, "article-review")
    check(d.find_elements(By.CSS_SELECTOR, "pre.diff"), "the reviewer sees the changes to approve")
    d.find_element(By.CSS_SELECTOR, "button[data-step='approve']").click()
    WebDriverWait(d, WAIT).until(lambda d: "done=approve" in d.current_url)
    check(d.find_element(By.ID, "state").text in ("已发布", "published"), "another trainer approves it")
    shot(d, "article-approved")
    d.get(base + "/search?q=" + urllib.parse.quote("门锁报警"))
    titles = [e.text for e in d.find_elements(By.CSS_SELECTOR, ".hit .title")]
    check(title in titles, f"the approved article is found by search: {titles[:5]}")
    shot(d, "search-article")
    console_errors(d, "article review")
finally:
    d.quit()

# A supervisor sees the audit log, with the engineer's login on it; first they archive a slip:
# upload, check the form kb filled from it, confirm, download the original byte for byte.
slip_file = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "corpus", "slips",
                         "FW-2023-0688_服务报告单_一院检验科_已签字.pdf")
d = browser()
try:
    login(d, "supervisor")
    d.get(base + "/slips")
    d.find_element(By.NAME, "file").send_keys(os.path.abspath(slip_file))
    d.find_element(By.CSS_SELECTOR, "form.upload button").click()
    WebDriverWait(d, WAIT).until(lambda d: d.find_elements(By.NAME, "number"))
    shot(d, "slip-confirm")
    number = d.find_element(By.NAME, "number").get_attribute("value")
    check(number == "FW-2023-0688", f"kb read the slip's number: {number!r}")
    d.find_element(By.CSS_SELECTOR, "form.editor button").click()
    WebDriverWait(d, WAIT).until(lambda d: "/slips/FW-2023-0688" in d.current_url)
    shot(d, "slip")
    console_errors(d, "slip")
    digest = d.execute_async_script("""
        const done = arguments[arguments.length - 1];
        fetch(document.getElementById('download').href).then(r => r.arrayBuffer())
          .then(b => crypto.subtle.digest('SHA-256', b))
          .then(h => done(Array.from(new Uint8Array(h)).map(x => x.toString(16).padStart(2, '0')).join('')));
    """)
    check(digest == hashlib.sha256(open(slip_file, "rb").read()).hexdigest(), "the downloaded original is byte-identical")

    d.get(base + "/audit")
    shot(d, "audit")
    entries = d.find_element(By.CSS_SELECTOR, "table.entries").text
    d.get(base + "/audit?who=engineer")
    whos = [r.find_elements(By.TAG_NAME, "td")[2].text for r in d.find_elements(By.CSS_SELECTOR, "table.entries tbody tr")]
    check(whos and set(whos) == {"engineer"}, f"the audit log filters by person: {sorted(set(whos))}")
    d.get(base + "/audit")
    check("engineer" in entries, "the audit page lists the engineer's login")
    check(re.search(r"supervisor\s+download\s+FW-2023-0688", entries) is not None, "the audit page lists the supervisor's download")
    check(d.find_elements(By.CSS_SELECTOR, "p.ok"), "the audit chain is intact")
    console_errors(d, "audit")
    # English, by the language switch.
    d.find_element(By.CSS_SELECTOR, "footer form[action^='/language/en'] button").click()
    # The page is replaced while this waits: an <html> found on the old one may be gone.
    WebDriverWait(d, WAIT, ignored_exceptions=(StaleElementReferenceException,)).until(
        lambda d: d.find_element(By.TAG_NAME, "html").get_attribute("lang") == "en")
    shot(d, "audit-english")
    check("Audit log" in d.find_element(By.TAG_NAME, "h1").text, "the language switch shows English")
finally:
    d.quit()
# The language is kept for the account: another browser (a phone) opens in English after login.
d = browser()
try:
    login(d, "supervisor")
    check(d.find_element(By.TAG_NAME, "html").get_attribute("lang") == "en", "the account's language follows it to another browser")
    shot(d, "language-kept")
finally:
    d.quit()

session.finish()
