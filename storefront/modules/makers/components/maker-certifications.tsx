import type { MakerDetail } from "@/lib/data/makers"
import { formatCalendarDate, isBeforeToday } from "@/lib/util/date"
import { MakerSection } from "@/modules/makers/components/maker-section"

/** Quality certifications with their number and how long they are valid. */
export function MakerCertifications({ certifications }: Pick<MakerDetail, "certifications">) {
  if (certifications.length === 0) {
    return null
  }
  return (
    <MakerSection id="maker-certifications" title="인증">
      <ul className="space-y-2">
        {certifications.map((certification) => (
          <li
            key={`${certification.name}-${certification.number}`}
            className="space-y-0.5 rounded-xl border border-cream-200 bg-white p-4"
          >
            <p className="font-semibold text-leaf-700">{certification.name}</p>
            <p className="text-sm text-ink-700">인증번호 {certification.number}</p>
            {certification.valid_until && (
              <p className="text-sm text-ink-500">
                유효기간{" "}
                <time dateTime={certification.valid_until}>{formatCalendarDate(certification.valid_until)}</time>
                까지
                {isBeforeToday(certification.valid_until) && " (만료)"}
              </p>
            )}
          </li>
        ))}
      </ul>
    </MakerSection>
  )
}
