#!/usr/bin/env python3
"""Checks every internal link of a built site on disk, the way a reader clicking around would.

usage: links.py SITE_DIR [--base-url URL]

For each HTML page (and each stylesheet's url(...)) every reference is resolved against the
file it sits in, and must name a file inside SITE_DIR ("folder/" means "folder/index.html");
a "#fragment" must name an element id (or <a name>) on the target page. Links must be relative:
a root-relative "/x" would break when the site is hosted under a sub-path or opened from disk
(except on 404.html, which hosts serve at any depth: built without base_url, its links start at "/").
With --base-url, absolute links that start with that address (canonical, og:url, sitemap.xml)
are checked as internal ones too, and sitemap.xml must list only pages that exist.

Prints one line per broken reference and a last line "links: pages=N references=N broken=N";
exits 1 when anything is broken.
"""
import argparse
import os
import re
import sys
from html.parser import HTMLParser
from urllib.parse import unquote, urlsplit

NOT_FETCHED = ("mailto:", "tel:", "data:", "javascript:", "sms:")
LINK_ATTRIBUTES = {"href", "src", "poster", "action", "formaction", "cite", "data", "content"}


class Page(HTMLParser):
    """One HTML file's outgoing references (line, url) and the ids it defines."""

    def __init__(self, text):
        super().__init__(convert_charrefs=True)
        self.references = []
        self.anchors = set()
        self.feed(text)
        self.close()

    def handle_starttag(self, tag, attrs):
        values = dict(attrs)
        line = self.getpos()[0]
        if values.get("id"):
            self.anchors.add(values["id"])
        if tag == "a" and values.get("name"):
            self.anchors.add(values["name"])
        for name, value in attrs:
            if value is None:
                continue
            if name == "content":
                # Only <meta property="og:url|og:image"> carries an address in content=
                # (og:image:width, :height and :alt are a number and a text).
                if tag == "meta" and values.get("property") in ("og:url", "og:image"):
                    self.references.append((line, value.strip()))
            elif name in LINK_ATTRIBUTES:
                self.references.append((line, value.strip()))
            elif name in ("srcset", "imagesrcset"):
                for candidate in value.split(","):
                    address = candidate.strip().split(" ")[0]
                    if address:
                        self.references.append((line, address))

    handle_startendtag = handle_starttag


class Site:
    """The built site on disk, with pages parsed once."""

    def __init__(self, root, base_url):
        self.root = os.path.realpath(root)
        self.base_url = base_url
        self.pages = {}

    def page(self, path):
        if path not in self.pages:
            with open(path, encoding="utf-8") as handle:
                self.pages[path] = Page(handle.read())
        return self.pages[path]

    def check(self, source, line, address):
        """Returns why `address` written in `source` is broken, or None when it works."""
        if not address:
            return "empty link"
        if address.lower().startswith(NOT_FETCHED):
            return None
        parts = urlsplit(address)
        if parts.scheme or parts.netloc:
            if not self.base_url or not address.startswith(self.base_url):
                return None  # another site: not checked offline
            path = unquote(urlsplit(address[len(self.base_url):]).path)
            target = os.path.join(self.root, path)
        elif parts.path.startswith("/") and os.path.relpath(source, self.root) == "404.html":
            # The 404 page is served at every missing address, so without base_url its links
            # start at the domain's root, where the site is then meant to be served.
            target = os.path.join(self.root, unquote(parts.path.lstrip("/")))
        elif parts.path.startswith("/"):
            return "root-relative link: breaks under a sub-path and from disk; make it relative"
        elif parts.path == "":
            target = source
        else:
            target = os.path.join(os.path.dirname(source), unquote(parts.path))
        target = os.path.realpath(target)
        if os.path.isdir(target):
            target = os.path.join(target, "index.html")
        if target != self.root and not target.startswith(self.root + os.sep):
            return "points outside the site folder"
        if not os.path.isfile(target):
            return f"no such file {os.path.relpath(target, self.root)}"
        fragment = unquote(parts.fragment)
        if fragment and target.endswith(".html") and fragment not in self.page(target).anchors:
            return f'no id="{fragment}" in {os.path.relpath(target, self.root)}'
        return None


def stylesheet_references(text):
    pattern = re.compile(r"""url\(\s*['"]?([^'")]+)|@import\s+['"]([^'"]+)""")
    for match in pattern.finditer(text):
        yield text.count("\n", 0, match.start()) + 1, (match.group(1) or match.group(2)).strip()


def sitemap_references(text):
    for match in re.finditer(r"<loc>\s*([^<\s]+)\s*</loc>", text):
        yield text.count("\n", 0, match.start()) + 1, match.group(1)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("site")
    parser.add_argument("--base-url", default=None)
    arguments = parser.parse_args()
    base_url = arguments.base_url
    if base_url and not base_url.endswith("/"):
        base_url += "/"
    site = Site(arguments.site, base_url)
    pages = references = 0
    broken = []
    for folder, _, names in sorted(os.walk(site.root)):
        for name in sorted(names):
            path = os.path.join(folder, name)
            if name.endswith(".html"):
                pages += 1
                found = site.page(path).references
            elif name.endswith(".css"):
                with open(path, encoding="utf-8") as handle:
                    found = list(stylesheet_references(handle.read()))
            elif name == "sitemap.xml" and base_url:
                with open(path, encoding="utf-8") as handle:
                    found = list(sitemap_references(handle.read()))
                if not found:
                    broken.append(f"{name}: lists no page")
            else:
                continue
            for line, address in found:
                references += 1
                problem = site.check(path, line, address)
                if problem:
                    broken.append(f"{os.path.relpath(path, site.root)}:{line}: {address}: {problem}")
    if pages == 0:
        broken.append("no HTML page found")
    for problem in broken:
        print("broken link:", problem)
    print(f"links: pages={pages} references={references} broken={len(broken)}")
    return 1 if broken else 0


if __name__ == "__main__":
    sys.exit(main())
