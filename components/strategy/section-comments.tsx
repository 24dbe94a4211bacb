// The comment threads of one section (server-rendered), with the forms to comment, reply and
// resolve. Resolved threads fold into a disclosure so the open ones stay in view.
import { ActionButton } from "@/components/forms/action-button";
import type { FormAction } from "@/lib/forms/state";
import type { AppLocale } from "@/lib/i18n/config";
import { formatDateTime } from "@/lib/i18n/format";
import type { Translate } from "@/lib/i18n/translate";
import type { CommentView } from "@/lib/strategy/queries";
import type { SectionKey } from "@/lib/strategy";
import { CommentForm } from "./comment-form";

interface Props {
  section: SectionKey;
  comments: CommentView[];
  locale: AppLocale;
  timeZone: string;
  t: Translate;
  addAction: FormAction;
  resolveAction: (commentId: string, resolved: boolean) => FormAction;
}

export function SectionComments({ section, comments, locale, timeZone, t, addAction, resolveAction }: Props) {
  const open = comments.filter((c) => c.resolvedAt === null);
  const resolved = comments.filter((c) => c.resolvedAt !== null);
  const headingId = `comments-${section}-heading`;
  return (
    <section id={`comments-${section}`} aria-labelledby={headingId} className="no-print mt-6 space-y-3 border-t border-gray-200 pt-4">
      <h3 id={headingId} className="font-semibold">
        {t("strategy.workspace.comments.title", { count: open.length })}
      </h3>
      {open.length > 0 ? (
        <ul className="space-y-3">
          {open.map((comment) => (
            <Thread key={comment.id} comment={comment} {...{ section, locale, timeZone, t, addAction, resolveAction }} />
          ))}
        </ul>
      ) : null}
      <CommentForm action={addAction} section={section} id={`comment-${section}-new`} />
      {resolved.length > 0 ? (
        <details>
          <summary className="cursor-pointer font-medium text-brand-800">{t("strategy.workspace.comments.resolvedCount", { count: resolved.length })}</summary>
          <ul className="mt-3 space-y-3">
            {resolved.map((comment) => (
              <Thread key={comment.id} comment={comment} {...{ section, locale, timeZone, t, addAction, resolveAction }} />
            ))}
          </ul>
        </details>
      ) : null}
    </section>
  );
}

function Thread({ comment, section, locale, timeZone, t, addAction, resolveAction }: Omit<Props, "comments"> & { comment: CommentView }) {
  const anonymous = t("strategy.workspace.comments.formerMember");
  return (
    <li className="rounded-md border border-gray-200 bg-gray-50 p-3">
      <article aria-label={t("strategy.workspace.comments.by", { name: comment.author ?? anonymous })}>
        <p className="text-sm text-muted">
          <span className="font-medium text-ink">{comment.author ?? anonymous}</span> · {formatDateTime(locale, comment.createdAt, timeZone)}
        </p>
        <p className="mt-1 whitespace-pre-line">{comment.body}</p>
        {comment.replies.length > 0 ? (
          <ul className="mt-3 space-y-2 border-l-2 border-brand-100 pl-3">
            {comment.replies.map((reply) => (
              <li key={reply.id}>
                <p className="text-sm text-muted">
                  <span className="font-medium text-ink">{reply.author ?? anonymous}</span> · {formatDateTime(locale, reply.createdAt, timeZone)}
                </p>
                <p className="whitespace-pre-line">{reply.body}</p>
              </li>
            ))}
          </ul>
        ) : null}
        {comment.resolvedAt ? (
          <p className="mt-2 text-sm text-muted">
            {t("strategy.workspace.comments.resolvedBy", { name: comment.resolvedBy ?? anonymous, date: formatDateTime(locale, comment.resolvedAt, timeZone) })}
          </p>
        ) : null}
        <div className="mt-3 space-y-3">
          {comment.resolvedAt === null ? <CommentForm action={addAction} section={section} parentId={comment.id} id={`reply-${comment.id}`} /> : null}
          <ActionButton action={resolveAction(comment.id, comment.resolvedAt === null)} variant="secondary" id={`resolve-${comment.id}`}>
            {t(comment.resolvedAt === null ? "strategy.workspace.comments.resolve" : "strategy.workspace.comments.reopen")}
          </ActionButton>
        </div>
      </article>
    </li>
  );
}
