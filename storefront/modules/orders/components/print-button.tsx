"use client"

/** 인쇄하기: the browser's print dialog (save as PDF is offered there too). */
export function PrintButton() {
  return (
    <button
      type="button"
      onClick={() => window.print()}
      className="rounded-full bg-brand-600 px-6 py-3 font-semibold text-white hover:bg-brand-700 print:hidden"
    >
      인쇄하기
    </button>
  )
}
