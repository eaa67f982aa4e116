"""In Chromium: the home page's role filter narrows the list as one types; a guide's sidebar lists its own pages."""


def test_the_role_filter_narrows_the_home_page_list(page, server):
    page.goto(server + "/")
    box = page.get_by_label("Filter roles")
    assert box.is_visible()
    items = page.locator(".rg-roles > ul > li")
    total = items.count()
    assert total >= 4
    box.press_sequentially("success")
    shown = [items.nth(i) for i in range(total) if items.nth(i).is_visible()]
    assert len(shown) == 1 and "Customer Success Manager" in shown[0].inner_text()
    assert page.locator("#rg-role-filter-status").inner_text() == f"1 of {total} roles shown"
    box.fill("")
    box.dispatch_event("input")
    assert all(items.nth(i).is_visible() for i in range(total))


def test_a_guide_page_lists_its_own_pages_and_no_other_guide(page, server):
    page.goto(server + "/account-manager/levels/")
    sidebar = page.locator("nav.md-nav--primary")
    links = [a.get_attribute("href") for a in sidebar.locator("a.md-nav__link").all()]
    assert "../compensation/" in links and "../faq/" in links
    page.goto(server + "/sources/")
    assert not page.locator("nav.md-nav--primary a[href*='account-manager/levels']").count()
