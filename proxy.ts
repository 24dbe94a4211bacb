// Puts every page under a locale prefix: /needs → /fr/needs (from the language
// cookie, then Accept-Language). Authorisation does NOT happen here: pages and
// mutations check it themselves (lib/auth/session.ts).
import { NextResponse, type NextRequest } from "next/server";
import { isLocale, LOCALE_COOKIE, localeFromAcceptLanguage } from "@/lib/i18n/config";

export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const first = pathname.split("/")[1];
  if (isLocale(first)) {
    // Lets not-found pages, which receive no params, answer in the right language.
    const headers = new Headers(request.headers);
    headers.set("x-tandem-path", pathname);
    return NextResponse.next({ request: { headers } });
  }
  const cookie = request.cookies.get(LOCALE_COOKIE)?.value;
  const locale = isLocale(cookie) ? cookie : localeFromAcceptLanguage(request.headers.get("accept-language"));
  const url = request.nextUrl.clone();
  url.pathname = `/${locale}${pathname === "/" ? "" : pathname}`;
  url.search = search;
  return NextResponse.redirect(url);
}

export const config = {
  // Everything but API routes, Next's own files and files with an extension.
  matcher: ["/((?!api|_next|.*\\..*).*)"],
};
