import 'server-only';
import QRCode from 'qrcode';

/**
 * A QR code as inline SVG: vector, so it stays sharp at any print size and adds no image request. Level M
 * survives a fold or a smudge on paper; the quiet zone is left to the layout's padding.
 */
export async function qrSvg(url: string): Promise<string> {
  return QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 0, color: { dark: '#000000', light: '#ffffff' } });
}
