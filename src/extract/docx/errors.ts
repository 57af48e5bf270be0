// The ways a .docx cannot be read, each one clear line in English and Vietnamese.
import { PlanExtractError } from '../../model/errors.js';

export function notZip(): PlanExtractError {
  return new PlanExtractError('DOCX_NOT_ZIP', {
    en: 'not a Word .docx file: the content is not a zip package',
    vi: 'không phải tệp Word .docx: nội dung không phải gói zip',
  });
}

export function damagedZip(detail: string): PlanExtractError {
  return new PlanExtractError('DOCX_DAMAGED', {
    en: `damaged or truncated .docx file (${detail})`,
    vi: `tệp .docx bị hỏng hoặc không đầy đủ (${detail})`,
  });
}

export function missingDocument(): PlanExtractError {
  return new PlanExtractError('DOCX_NO_DOCUMENT', {
    en: 'not a Word document: the package has no word/document.xml',
    vi: 'không phải văn bản Word: gói không có word/document.xml',
  });
}

export function tooLarge(entry: string, cap: number): PlanExtractError {
  const mib = Math.round((cap / 1048576) * 10) / 10;
  return new PlanExtractError('DOCX_TOO_LARGE', {
    en: `refused: "${entry}" inflates to more than ${mib} MiB (possible zip bomb; raise maxInflate if the file is genuine)`,
    vi: `từ chối: "${entry}" giải nén vượt quá ${mib} MiB (có thể là zip bomb; tăng maxInflate nếu tệp hợp lệ)`,
  });
}

export function badXml(part: string, detail: string): PlanExtractError {
  return new PlanExtractError('DOCX_BAD_XML', {
    en: `damaged Word file: ${part} is not well-formed XML (${detail})`,
    vi: `tệp Word bị hỏng: ${part} không phải XML hợp lệ (${detail})`,
  });
}

export function doctypeRefused(part: string): PlanExtractError {
  return new PlanExtractError('DOCX_DOCTYPE', {
    en: `refused: ${part} contains a DOCTYPE/ENTITY declaration, which Word never writes (possible XML entity attack)`,
    vi: `từ chối: ${part} chứa khai báo DOCTYPE/ENTITY, Word không bao giờ tạo ra (có thể là tấn công thực thể XML)`,
  });
}

export function tooComplex(part: string, what: string): PlanExtractError {
  return new PlanExtractError('DOCX_TOO_COMPLEX', {
    en: `refused: ${part} is too deeply nested or too large (${what})`,
    vi: `từ chối: ${part} lồng nhau quá sâu hoặc quá lớn (${what})`,
  });
}

export function encryptedWord(): PlanExtractError {
  return new PlanExtractError('DOCX_ENCRYPTED', {
    en: 'password-protected Word file, not supported: save it without a password and try again',
    vi: 'tệp Word có mật khẩu, không được hỗ trợ: hãy lưu lại không đặt mật khẩu rồi thử lại',
  });
}

export function unsupportedZip(detail: string): PlanExtractError {
  return new PlanExtractError('DOCX_UNSUPPORTED_ZIP', {
    en: `unsupported .docx packaging (${detail})`,
    vi: `cách đóng gói .docx không được hỗ trợ (${detail})`,
  });
}
