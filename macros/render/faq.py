"""The FAQ page: questions for employers, then for job seekers, each with its answer and sources."""
from .blocks import anchor, cite, esc, former_anchors, heading

AUDIENCES = (("employers", "For employers"), ("job-seekers", "For job seekers"))


def faq_sections(ctx) -> str:
    out = []
    for audience, title in AUDIENCES:
        out.append(heading(2, title, anchor("faq", audience)))
        for faq in (f for f in ctx.guide.faq.faqs if f.audience == audience):
            out += [heading(3, faq.question, anchor("faq", faq.id)), former_anchors("faq", faq) + esc(faq.answer) + "\n"]
            if faq.derived:
                out.append(f"*How we got this: {esc(faq.method)}*\n")
            out.append(cite(faq.sources, ctx))
    return "\n".join(out)


BLOCKS = {"faq_sections": faq_sections}
