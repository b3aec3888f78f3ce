/** Where a doctor's profile photo is served; the version (when it changed) makes a new photo a new URL. */
export function doctorPhotoPath(doctorId: string, photoUpdatedAt: Date): string {
  return `/api/doctors/${encodeURIComponent(doctorId)}/photo?v=${photoUpdatedAt.getTime()}`;
}

/** The photo's URL for views, or null when the doctor shows initials. */
export function doctorPhotoUrl(doctorId: string, photoUpdatedAt: Date | null): string | null {
  return photoUpdatedAt ? doctorPhotoPath(doctorId, photoUpdatedAt) : null;
}
